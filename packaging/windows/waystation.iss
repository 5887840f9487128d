; Inno Setup script: a per-user installer for the Windows bundle (no administrator rights).
; Build after `pyinstaller packaging/waystation.spec` on Windows:
;   iscc /DAppVersion=0.1.0 packaging\windows\waystation.iss
; Output: dist\waystation-<version>-windows-x64-setup.exe. Signing: packaging\README.md.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6A0B5E7C-3B0E-4E55-9C43-5A1F2E8D7C11}
AppName=Waystation
AppVersion={#AppVersion}
AppPublisher=The Waystation contributors
AppComments=Offline, encrypted casebook for refugee sponsorship groups and caseworkers
DefaultDirName={localappdata}\Programs\Waystation
DefaultGroupName=Waystation
DisableProgramGroupPage=yes
; Per user: installs under the user's own folders and registry hive, no UAC prompt.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile=..\..\LICENSE
SetupIconFile=..\icons\waystation.ico
UninstallDisplayIcon={app}\waystation-gui.exe
OutputDir=..\..\dist
OutputBaseFilename=waystation-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "Make the waystation command available in new terminals"; Flags: unchecked

[Files]
Source: "..\..\dist\waystation\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\..\LICENSE"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\Waystation"; Filename: "{app}\waystation-gui.exe"
Name: "{autodesktop}\Waystation"; Filename: "{app}\waystation-gui.exe"; Tasks: desktopicon

[Registry]
; .wsdb opens in Waystation (HKCU: this user only).
Root: HKA; Subkey: "Software\Classes\.wsdb"; ValueType: string; ValueName: ""; ValueData: "Waystation.Casebook"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Waystation.Casebook"; ValueType: string; ValueName: ""; ValueData: "Waystation casebook"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Waystation.Casebook\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\waystation-gui.exe,0"
Root: HKA; Subkey: "Software\Classes\Waystation.Casebook\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\waystation-gui.exe"" ""%1"""
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\waystation-gui.exe"; Description: "{cm:LaunchProgram,Waystation}"; Flags: nowait postinstall skipifsilent

[Code]
function NeedsAddPath(Dir: string): Boolean;
var
  Current: string;
begin
  if not RegQueryStringValue(HKCU, 'Environment', 'Path', Current) then
  begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Current) + ';') = 0;
end;
