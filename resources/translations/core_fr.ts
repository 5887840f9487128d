<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Waystation</source>
        <translation>À propos de Waystation</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>Each person gets their own account and passphrase. Tell them the passphrase in person; they can change it after opening.</source>
        <translation>Chaque personne a son propre compte et sa phrase de passe. Communiquez-lui la phrase de passe en personne&#xa0;; elle pourra la changer après l’ouverture.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Phrase de passe, de nouveau</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>&amp;Nom d’utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>De nou&amp;veau&#xa0;:</translation>
    </message>
    <message>
        <source>the new user</source>
        <translation>le nouvel utilisateur</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>&lt;b&gt;{why}&lt;/b&gt; Reading, printing and backing up onto another drive work.</source>
        <extracomment>How long after unlocking the letter modules and fonts load in the background: after the client list&apos;s first page and its first searches, before anyone prints.</extracomment>
        <translation>&lt;b&gt;{why}&lt;/b&gt; La lecture, l’impression et la sauvegarde sur un autre disque fonctionnent.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Fichier de clés</translation>
    </message>
    <message>
        <source>Only a coordinator can erase this casebook.</source>
        <translation>Seul un coordonnateur peut effacer ce registre.</translation>
    </message>
    <message>
        <source>No casebook chosen</source>
        <translation>Aucun registre choisi</translation>
    </message>
</context>
<context>
    <name>AttachmentPreview</name>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Enregistrer une copie…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Attached image</source>
        <translation>Image jointe</translation>
    </message>
    <message>
        <source>This image could not be shown.</source>
        <translation>Cette image ne peut pas être affichée.</translation>
    </message>
    <message>
        <source>Attached PDF</source>
        <translation>PDF joint</translation>
    </message>
    <message>
        <source>Save an unencrypted copy</source>
        <translation>Enregistrer une copie non chiffrée</translation>
    </message>
    <message>
        <source>Save a copy (not encrypted)</source>
        <translation>Enregistrer une copie (non chiffrée)</translation>
    </message>
    <message>
        <source>Saved a copy to {name} (not encrypted).</source>
        <translation>Copie enregistrée dans {name} (non chiffrée).</translation>
    </message>
</context>
<context>
    <name>BatchLetters</name>
    <message>
        <source>Preparing letters…</source>
        <translation>Préparation des lettres…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Lettres</translation>
    </message>
    <message>
        <source>There are no referrals to print letters for.</source>
        <translation>Il n’y a aucune orientation pour laquelle imprimer des lettres.</translation>
    </message>
    <message>
        <source>Prepared {done} of {total} letters…</source>
        <translation>{done} lettres préparées sur {total}…</translation>
    </message>
    <message>
        <source>Letters cancelled; nothing was printed or saved.</source>
        <translation>Lettres annulées&#xa0;; rien n’a été imprimé ni enregistré.</translation>
    </message>
    <message>
        <source>No letter could be made: none of these referrals has a valid consent to share. Record consent in the client file first.</source>
        <translation>Aucune lettre n’a pu être faite&#xa0;: aucune de ces orientations n’a de consentement valide au partage. Consignez d’abord le consentement dans le dossier du client.</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) skipped: no valid consent to share.</source>
        <translation>
            <numerusform>%n orientation ignorée&#xa0;: aucun consentement valide au partage.</numerusform>
            <numerusform>%n orientations ignorées&#xa0;: aucun consentement valide au partage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral letter(s)</source>
        <translation>
            <numerusform>%n lettre d’orientation</numerusform>
            <numerusform>%n lettres d’orientation</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change my passphrase</source>
        <translation>Changer ma phrase de passe</translation>
    </message>
    <message>
        <source>Your account gets new keys: after the next re-key, an old copy of the key file opens nothing with your old passphrase.</source>
        <translation>Votre compte reçoit de nouvelles clés&#xa0;: après le prochain changement de clés, une ancienne copie du fichier de clés n’ouvre plus rien avec votre ancienne phrase de passe.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase de passe actuelle</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nouvelle phrase de passe, de nouveau</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Phrase de passe a&amp;ctuelle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>De nou&amp;veau&#xa0;:</translation>
    </message>
    <message>
        <source>the passphrase change</source>
        <translation>le changement de phrase de passe</translation>
    </message>
</context>
<context>
    <name>CreateCasebookWizard</name>
    <message>
        <source>Create a casebook</source>
        <translation>Créer un registre</translation>
    </message>
    <message>
        <source>the new casebook</source>
        <translation>le nouveau registre</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>Document preview</source>
        <translation>Aperçu du document</translation>
    </message>
    <message>
        <source>Document shown</source>
        <translation>Document affiché</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) · shown from memory; nothing is written to disk unless you save.</source>
        <translation>
            <numerusform>%n page · affichée depuis la mémoire&#xa0;; rien n’est écrit sur le disque à moins d’enregistrer.</numerusform>
            <numerusform>%n pages · affichées depuis la mémoire&#xa0;; rien n’est écrit sur le disque à moins d’enregistrer.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print with the system print dialog (the print system keeps its own unencrypted copy)</source>
        <translation>Imprimer avec la boîte d’impression du système (le système d’impression garde sa propre copie non chiffrée)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>Write an unencrypted PDF file</source>
        <translation>Écrire un fichier PDF non chiffré</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Print — the print system keeps its own unencrypted copy</source>
        <translation>Imprimer — le système d’impression garde sa propre copie non chiffrée</translation>
    </message>
    <message>
        <source>Save an unencrypted PDF</source>
        <translation>Enregistrer un PDF non chiffré</translation>
    </message>
    <message>
        <source>Save as PDF (not encrypted)</source>
        <translation>Enregistrer en PDF (non chiffré)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {name} (not encrypted).</source>
        <translation>Enregistré dans {name} (non chiffré).</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Emergency erase</source>
        <translation>Effacement d’urgence</translation>
    </message>
    <message>
        <source>&lt;b&gt;This destroys the casebook “{name}” on this computer, and every backup of it in the same folder.&lt;/b&gt;&lt;br&gt;Every key slot is overwritten first, so no passphrase and no recovery key will open it again. Backups in other folders or on other drives are not reached. There is no undo.</source>
        <translation>&lt;b&gt;Ceci détruit le registre «&#xa0;{name}&#xa0;» sur cet ordinateur, ainsi que chacune de ses sauvegardes dans le même dossier.&lt;/b&gt;&lt;br&gt;Chaque emplacement de clé est d’abord écrasé, si bien qu’aucune phrase de passe ni clé de récupération ne pourra plus l’ouvrir. Les sauvegardes dans d’autres dossiers ou sur d’autres disques ne sont pas touchées. Il est impossible d’annuler.</translation>
    </message>
    <message>
        <source>Confirmation word</source>
        <translation>Mot de confirmation</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Type {word}</source>
        <translation>Tapez {word}</translation>
    </message>
    <message>
        <source>Erase now</source>
        <translation>Effacer maintenant</translation>
    </message>
    <message>
        <source>Choose a casebook first.</source>
        <translation>Choisissez d’abord un registre.</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Interfac&amp;e language:</source>
        <translation>Langue de l’inter&amp;face&#xa0;:</translation>
    </message>
    <message>
        <source>A new language is used the next time Waystation starts.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de Waystation.</translation>
    </message>
    <message>
        <source>Saved. Quit and start Waystation again to use this language.</source>
        <translation>Enregistré. Quittez Waystation et redémarrez-le pour utiliser cette langue.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Signed in as {user} ({role}) · {casebook}</source>
        <translation>Connecté en tant que {user} ({role}) · {casebook}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide d’utilisation</translation>
    </message>
    <message>
        <source>About Waystation</source>
        <translation>À propos de Waystation</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation>Nouvelle clé de récupération</translation>
    </message>
    <message>
        <source>This is the casebook&apos;s new recovery key. It is shown only now: print it or write it down and keep it somewhere safe. The old recovery key no longer opens anything.</source>
        <translation>Voici la nouvelle clé de récupération du registre. Elle n’est affichée que maintenant&#xa0;: imprimez-la ou notez-la et rangez-la en lieu sûr. L’ancienne clé de récupération n’ouvre plus rien.</translation>
    </message>
</context>
<context>
    <name>ResetDialog</name>
    <message>
        <source>Reset {name}&apos;s passphrase</source>
        <translation>Réinitialiser la phrase de passe de {name}</translation>
    </message>
    <message>
        <source>Give {name} a new passphrase. This needs the casebook&apos;s recovery key, from the printed recovery sheet.</source>
        <translation>Donnez une nouvelle phrase de passe à {name}. Il faut la clé de récupération du registre, sur la fiche de récupération imprimée.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nouvelle phrase de passe, de nouveau</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Clé de récupération&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>De nou&amp;veau&#xa0;:</translation>
    </message>
    <message>
        <source>the passphrase reset</source>
        <translation>la réinitialisation de la phrase de passe</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Choose a backup file (.wsbak) and a new name for the restored casebook. Nothing is overwritten: the damaged casebook stays where it is. The restored casebook opens with the passphrases that worked on the day the backup was made.</source>
        <translation>Choisissez un fichier de sauvegarde (.wsbak) et un nouveau nom pour le registre restauré. Rien n’est écrasé&#xa0;: le registre endommagé reste où il est. Le registre restauré s’ouvre avec les phrases de passe valides le jour de la sauvegarde.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Choisir un fichier de sauvegarde</translation>
    </message>
    <message>
        <source>New casebook file</source>
        <translation>Nouveau fichier de registre</translation>
    </message>
    <message>
        <source>Choose where to restore</source>
        <translation>Choisir où restaurer</translation>
    </message>
    <message>
        <source>&amp;Backup file:</source>
        <translation>Fichier de &amp;sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Restore as:</source>
        <translation>&amp;Restaurer sous&#xa0;:</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Choisir une sauvegarde</translation>
    </message>
    <message>
        <source>Waystation backups (*{suffix})</source>
        <translation>Sauvegardes Waystation (*{suffix})</translation>
    </message>
    <message>
        <source>Restore as</source>
        <translation>Restaurer sous</translation>
    </message>
    <message>
        <source>Casebooks (*{suffix})</source>
        <translation>Registres (*{suffix})</translation>
    </message>
</context>
<context>
    <name>RetentionBox</name>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Delete clients closed more than</source>
        <translation>Supprimer les clients fermés depuis plus de</translation>
    </message>
    <message>
        <source>Months after closing</source>
        <translation>Mois après la fermeture</translation>
    </message>
    <message>
        <source> months ago</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation>Enregistrer la règle</translation>
    </message>
    <message>
        <source>Show clients due…</source>
        <translation>Afficher les clients visés…</translation>
    </message>
    <message>
        <source>Off by default. Nothing is deleted until a coordinator has seen the list and confirmed it; the caseload report keeps its totals.</source>
        <translation>Désactivé par défaut. Rien n’est supprimé avant qu’un coordonnateur ait vu la liste et l’ait confirmée&#xa0;; le rapport sur la charge de dossiers garde ses totaux.</translation>
    </message>
    <message>
        <source>Rule saved: clients closed more than {months} months ago can be deleted after you confirm the list.</source>
        <translation>Règle enregistrée&#xa0;: les clients fermés depuis plus de {months} mois peuvent être supprimés après confirmation de la liste.</translation>
    </message>
    <message>
        <source>Rule saved: off.</source>
        <translation>Règle enregistrée&#xa0;: désactivée.</translation>
    </message>
    <message>
        <source>No client has been closed for more than {months} months.</source>
        <translation>Aucun client n’est fermé depuis plus de {months} mois.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n client(s) for good.</source>
        <translation>
            <numerusform>%n client supprimé définitivement.</numerusform>
            <numerusform>%n clients supprimés définitivement.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Clients due for deletion</source>
        <translation>Clients à supprimer</translation>
    </message>
    <message>
        <source>{count} clients have been closed, and unchanged, for more than {months} months. Deleting removes everything about them; backups made before today still hold them. Type {word} to delete exactly these.</source>
        <translation>{count} clients sont fermés, sans modification, depuis plus de {months} mois. La suppression efface tout ce qui les concerne&#xa0;; les sauvegardes faites avant aujourd’hui les contiennent encore. Tapez {word} pour supprimer exactement ceux-ci.</translation>
    </message>
    <message>
        <source>#{id}  {name}  (closed, unchanged since {date})</source>
        <translation>n°{id}  {name}  (fermé, inchangé depuis le {date})</translation>
    </message>
    <message>
        <source>Type {word} to confirm</source>
        <translation>Tapez {word} pour confirmer</translation>
    </message>
    <message>
        <source>Delete these {count} for good</source>
        <translation>Supprimer ces {count} définitivement</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Ajouter un utilisateur…</translation>
    </message>
    <message>
        <source>Re&amp;move user…</source>
        <translation>Reti&amp;rer l’utilisateur…</translation>
    </message>
    <message>
        <source>Reset passphrase with recovery &amp;key…</source>
        <translation>Réinitialiser avec la &amp;clé de récupération…</translation>
    </message>
    <message>
        <source>New recovery ke&amp;y…</source>
        <translation>Nou&amp;velle clé de récupération…</translation>
    </message>
    <message>
        <source>Change my &amp;passphrase…</source>
        <translation>Changer ma &amp;phrase de passe…</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Nom de l’organisme</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Phone, e-mail, web — one per line</source>
        <translation>Téléphone, courriel, site Web — un par ligne</translation>
    </message>
    <message>
        <source>Signatory name</source>
        <translation>Nom du signataire</translation>
    </message>
    <message>
        <source>Signatory title</source>
        <translation>Titre du signataire</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>Choisir un &amp;logo…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Retirer le logo</translation>
    </message>
    <message>
        <source>&amp;Save letterhead</source>
        <translation>Enregi&amp;strer l’en-tête</translation>
    </message>
    <message>
        <source>Sample letter language</source>
        <translation>Langue de la lettre type</translation>
    </message>
    <message>
        <source>Previe&amp;w sample letter…</source>
        <translation>Aperçu d’une lettre t&amp;ype…</translation>
    </message>
    <message>
        <source>A letter with fictional sample data and this letterhead</source>
        <translation>Une lettre avec des données fictives et cet en-tête</translation>
    </message>
    <message>
        <source>P&amp;review sample packet…</source>
        <translation>Aperçu d’un d&amp;ossier type…</translation>
    </message>
    <message>
        <source>Organisation &amp;name:</source>
        <translation>&amp;Nom de l’organisme&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>Coordonné&amp;es&#xa0;:</translation>
    </message>
    <message>
        <source>Si&amp;gnatory:</source>
        <translation>Si&amp;gnataire&#xa0;:</translation>
    </message>
    <message>
        <source>Signatory &amp;title:</source>
        <translation>Ti&amp;tre du signataire&#xa0;:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo&#xa0;:</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Verrouillage</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>Minutes d’inactivité avant le verrouillage</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Appli&amp;quer</translation>
    </message>
    <message>
        <source>Lock the casebook after no &amp;use for:</source>
        <translation>Verro&amp;uiller le registre après une inactivité de&#xa0;:</translation>
    </message>
    <message>
        <source>Show the client num&amp;ber, not the name, in the title of client windows (task bar, window lists)</source>
        <translation>Afficher le nu&amp;méro du client, et non son nom, dans le titre des fenêtres de clients (barre des tâches, listes de fenêtres)</translation>
    </message>
    <message>
        <source>Recommended when the laptop is shared or its screen can be seen by others</source>
        <translation>Recommandé quand l’ordinateur portable est partagé ou que d’autres peuvent voir son écran</translation>
    </message>
    <message>
        <source>Rule packs</source>
        <translation>Ensembles de règles</translation>
    </message>
    <message>
        <source>&amp;Import a newer pack…</source>
        <translation>&amp;Importer un ensemble plus récent…</translation>
    </message>
    <message>
        <source>The pack is checked (schema, expressions, worked examples) before it is used</source>
        <translation>L’ensemble est vérifié (schéma, expressions, exemples résolus) avant d’être utilisé</translation>
    </message>
    <message>
        <source>the settings</source>
        <translation>les paramètres</translation>
    </message>
    <message>
        <source>You cannot remove your own account.</source>
        <translation>Vous ne pouvez pas retirer votre propre compte.</translation>
    </message>
    <message>
        <source>Adding {name}…</source>
        <translation>Ajout de {name}…</translation>
    </message>
    <message>
        <source>{name} was added.</source>
        <translation>{name} a été ajouté.</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Retirer l’utilisateur</translation>
    </message>
    <message>
        <source>Remove {name}? Their passphrase stops opening this casebook at once (the casebook is re-keyed). Their open follow-ups become unassigned. Backups made before today still open with their old passphrase.</source>
        <translation>Retirer {name}&#xa0;? Sa phrase de passe cesse aussitôt d’ouvrir ce registre (les clés du registre sont changées). Ses suivis ouverts ne sont plus attribués. Les sauvegardes faites avant aujourd’hui s’ouvrent encore avec son ancienne phrase de passe.</translation>
    </message>
    <message>
        <source>Your passphrase was changed.</source>
        <translation>Votre phrase de passe a été changée.</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>Nouvelle clé de récupération</translation>
    </message>
    <message>
        <source>Make a new recovery key? The old one stops opening this casebook at once (the casebook is re-keyed). The new key is shown once: have a pen or a printer ready.</source>
        <translation>Créer une nouvelle clé de récupération&#xa0;? L’ancienne cesse aussitôt d’ouvrir ce registre (les clés du registre sont changées). La nouvelle clé n’est affichée qu’une fois&#xa0;: ayez un crayon ou une imprimante à portée de main.</translation>
    </message>
    <message>
        <source>{name}&apos;s passphrase was reset.</source>
        <translation>La phrase de passe de {name} a été réinitialisée.</translation>
    </message>
    <message>
        <source>Letterhead saved.</source>
        <translation>En-tête enregistré.</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Logo chosen; save the letterhead to keep it.</source>
        <translation>Logo choisi&#xa0;; enregistrez l’en-tête pour le garder.</translation>
    </message>
    <message>
        <source>Sample packet</source>
        <translation>Dossier type</translation>
    </message>
    <message>
        <source>Sample letter</source>
        <translation>Lettre type</translation>
    </message>
    <message numerus="yes">
        <source>The casebook now locks after %n minute(s) without use.</source>
        <translation>
            <numerusform>Le registre se verrouille désormais après %n minute sans utilisation.</numerusform>
            <numerusform>Le registre se verrouille désormais après %n minutes sans utilisation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Client windows now show the client number in their title.</source>
        <translation>Les fenêtres de clients affichent maintenant le numéro du client dans leur titre.</translation>
    </message>
    <message>
        <source>Client windows now show the client name in their title.</source>
        <translation>Les fenêtres de clients affichent maintenant le nom du client dans leur titre.</translation>
    </message>
    <message>
        <source>Import a rule pack</source>
        <translation>Importer un ensemble de règles</translation>
    </message>
    <message>
        <source>Rule packs (*.yaml *.yml)</source>
        <translation>Ensembles de règles (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>The rule pack was checked and is now in use.</source>
        <translation>L’ensemble de règles a été vérifié et est maintenant utilisé.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength meter</source>
        <translation>Indicateur de robustesse de la phrase de passe</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase de passe</translation>
    </message>
    <message>
        <source>Strength: {word}</source>
        <translation>Robustesse&#xa0;: {word}</translation>
    </message>
    <message>
        <source>Too weak: use at least {n} characters.</source>
        <translation>Trop faible&#xa0;: utilisez au moins {n} caractères.</translation>
    </message>
    <message>
        <source>Too weak: it is too easy to guess; use four or more unrelated words.</source>
        <translation>Trop faible&#xa0;: elle est trop facile à deviner&#xa0;; utilisez au moins quatre mots sans rapport entre eux.</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>Waystation — unlock</source>
        <translation>Waystation — déverrouiller</translation>
    </message>
    <message>
        <source>An encrypted casebook. Choose a casebook and unlock it.</source>
        <translation>Un registre chiffré. Choisissez un registre et déverrouillez-le.</translation>
    </message>
    <message>
        <source>Why the casebook locked</source>
        <translation>Pourquoi le registre s’est verrouillé</translation>
    </message>
    <message>
        <source>Recent casebooks</source>
        <translation>Registres récents</translation>
    </message>
    <message>
        <source>Open another casebook…</source>
        <translation>Ouvrir un autre registre…</translation>
    </message>
    <message>
        <source>No casebook chosen</source>
        <translation>Aucun registre choisi</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>your user name</source>
        <translation>votre nom d’utilisateur</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Create a new casebook…</source>
        <translation>Créer un nouveau registre…</translation>
    </message>
    <message>
        <source>Emergency erase…</source>
        <translation>Effacement d’urgence…</translation>
    </message>
    <message>
        <source>Casebook</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Open a casebook</source>
        <translation>Ouvrir un registre</translation>
    </message>
    <message>
        <source>Waystation casebooks (*.wsdb)</source>
        <translation>Registres Waystation (*.wsdb)</translation>
    </message>
    <message>
        <source>Choose a casebook first.</source>
        <translation>Choisissez d’abord un registre.</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Tapez votre nom d’utilisateur.</translation>
    </message>
    <message>
        <source>Unlocking… (this takes about a second by design)</source>
        <translation>Déverrouillage… (cela prend environ une seconde, c’est voulu)</translation>
    </message>
    <message>
        <source>{message} Use “Restore from a backup…” below.</source>
        <translation>{message} Utilisez «&#xa0;Restaurer une sauvegarde…&#xa0;» ci-dessous.</translation>
    </message>
</context>
<context>
    <name>_CoordinatorPage</name>
    <message>
        <source>The first coordinator</source>
        <translation>Le premier coordonnateur</translation>
    </message>
    <message>
        <source>Coordinators manage users, settings, exports and backups. Each person who uses the laptop gets their own account later.</source>
        <translation>Les coordonnateurs gèrent les utilisateurs, les paramètres, les exportations et les sauvegardes. Chaque personne qui utilise l’ordinateur portable aura ensuite son propre compte.</translation>
    </message>
    <message>
        <source>Coordinator user name</source>
        <translation>Nom d’utilisateur du coordonnateur</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Phrase de passe, de nouveau</translation>
    </message>
    <message>
        <source>Use four or more unrelated words. Nobody can recover a lost passphrase except with the recovery key shown next.</source>
        <translation>Utilisez au moins quatre mots sans rapport entre eux. Personne ne peut récupérer une phrase de passe perdue, sauf avec la clé de récupération affichée ensuite.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>De nouveau</translation>
    </message>
</context>
<context>
    <name>_RecoveryPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Votre clé de récupération</translation>
    </message>
    <message>
        <source>Shown once. Anyone with this key can open the casebook: print it or write it down, and keep it away from the laptop.</source>
        <translation>Affichée une seule fois. Quiconque a cette clé peut ouvrir le registre&#xa0;: imprimez-la ou notez-la, et gardez-la loin de l’ordinateur portable.</translation>
    </message>
    <message>
        <source>Creating the casebook…</source>
        <translation>Création du registre…</translation>
    </message>
    <message>
        <source>Print recovery sheet…</source>
        <translation>Imprimer la fiche de récupération…</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key</source>
        <translation>J’ai imprimé ou noté la clé de récupération</translation>
    </message>
</context>
<context>
    <name>_WherePage</name>
    <message>
        <source>Where should the casebook live?</source>
        <translation>Où garder le registre&#xa0;?</translation>
    </message>
    <message>
        <source>One encrypted file. Keep it on this laptop; back it up to a USB stick.</source>
        <translation>Un seul fichier chiffré. Gardez-le sur cet ordinateur portable&#xa0;; sauvegardez-le sur une clé USB.</translation>
    </message>
    <message>
        <source>Casebook file</source>
        <translation>Fichier du registre</translation>
    </message>
    <message>
        <source>for example: ~/Documents/our-group.wsdb</source>
        <translation>par exemple&#xa0;: ~/Documents/notre-groupe.wsdb</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>New casebook</source>
        <translation>Nouveau registre</translation>
    </message>
    <message>
        <source>Waystation casebooks (*.wsdb)</source>
        <translation>Registres Waystation (*.wsdb)</translation>
    </message>
</context>
<context>
    <name>about_dialog</name>
    <message>
        <source>Screenings are not legal advice. Each rule pack summarises the law as of the date it shows; always suggest that the person speak to a lawyer.</source>
        <translation>Les évaluations ne sont pas des conseils juridiques. Chaque ensemble de règles résume le droit à la date qu’il indique&#xa0;; suggérez toujours à la personne de consulter une avocate ou un avocat.</translation>
    </message>
    <message>
        <source>Qt for Python: the windows</source>
        <translation>Qt pour Python&#xa0;: les fenêtres</translation>
    </message>
    <message>
        <source>Qt PDF: previews from memory</source>
        <translation>Qt PDF&#xa0;: aperçus depuis la mémoire</translation>
    </message>
    <message>
        <source>Qt for Python&apos;s bindings</source>
        <translation>les liaisons de Qt pour Python</translation>
    </message>
    <message>
        <source>the encrypted database (bundles SQLCipher, BSD-3-Clause)</source>
        <translation>la base de données chiffrée (inclut SQLCipher, BSD-3-Clause)</translation>
    </message>
    <message>
        <source>letters, packets and reports as PDF</source>
        <translation>lettres, dossiers et rapports en PDF</translation>
    </message>
    <message>
        <source>images for reportlab</source>
        <translation>images pour reportlab</translation>
    </message>
    <message>
        <source>joins letters into one PDF</source>
        <translation>réunit les lettres en un seul PDF</translation>
    </message>
    <message>
        <source>passphrase key derivation (Argon2id)</source>
        <translation>dérivation de clé à partir de la phrase de passe (Argon2id)</translation>
    </message>
    <message>
        <source>key wrapping and backups</source>
        <translation>encapsulation des clés et sauvegardes</translation>
    </message>
    <message>
        <source>the settings and data folders</source>
        <translation>les dossiers des paramètres et des données</translation>
    </message>
    <message>
        <source>rule packs and letter texts</source>
        <translation>ensembles de règles et textes des lettres</translation>
    </message>
    <message>
        <source>the rule packs&apos; expressions</source>
        <translation>les expressions des ensembles de règles</translation>
    </message>
    <message>
        <source>cel-python&apos;s parser</source>
        <translation>l’analyseur de cel-python</translation>
    </message>
    <message>
        <source>country names and dates in words (Unicode CLDR data)</source>
        <translation>noms de pays et dates en toutes lettres (données Unicode CLDR)</translation>
    </message>
    <message>
        <source>similar names in the duplicate warning</source>
        <translation>noms semblables dans l’avertissement de doublon</translation>
    </message>
    <message>
        <source>names in any script compared in Latin letters</source>
        <translation>noms de toute écriture comparés en lettres latines</translation>
    </message>
    <message>
        <source>how easy a passphrase is to guess</source>
        <translation>la facilité à deviner une phrase de passe</translation>
    </message>
    <message>
        <source>HarfBuzz text shaping for Arabic and Ethiopic in PDFs</source>
        <translation>mise en forme HarfBuzz de l’arabe et de l’éthiopien dans les PDF</translation>
    </message>
    <message>
        <source>spreadsheet import and export</source>
        <translation>importation et exportation de classeurs</translation>
    </message>
    <message>
        <source>reads HEIC photos (bundles libheif and libde265, LGPL-3.0, and x265, GPL-2.0-or-later)</source>
        <translation>lit les photos HEIC (inclut libheif et libde265, LGPL-3.0, et x265, GPL-2.0-or-later)</translation>
    </message>
    <message>
        <source>Noto Sans, Noto Mono, Noto Sans Arabic, Noto Sans Ethiopic and a Simplified Chinese subset of Noto Sans CJK (SIL Open Font License 1.1), embedded in every PDF</source>
        <translation>Noto Sans, Noto Mono, Noto Sans Arabic, Noto Sans Ethiopic et un sous-ensemble chinois simplifié de Noto Sans CJK (SIL Open Font License 1.1), intégrées à chaque PDF</translation>
    </message>
    <message>
        <source>An offline, encrypted casebook for refugee sponsorship groups and caseworkers. It never opens a network connection.</source>
        <translation>Un registre chiffré, hors ligne, pour les groupes de parrainage de réfugiés et les intervenants. Il n’ouvre jamais de connexion réseau.</translation>
    </message>
    <message>
        <source>Waystation is free software under the {licence}: you may use, study, share and change it; the full text is in the LICENSE file that comes with it.</source>
        <translation>Waystation est un logiciel libre sous {licence}&#xa0;: vous pouvez l’utiliser, l’étudier, le partager et le modifier&#xa0;; le texte complet se trouve dans le fichier LICENSE qui l’accompagne.</translation>
    </message>
    <message>
        <source>Built with Qt {qt} (LGPL-3.0) through PySide6 {pyside}, Python, and:</source>
        <translation>Conçu avec Qt {qt} (LGPL-3.0) par PySide6 {pyside}, Python et&#xa0;:</translation>
    </message>
    <message>
        <source>library</source>
        <translation>bibliothèque</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>licence</translation>
    </message>
    <message>
        <source>used for</source>
        <translation>sert à</translation>
    </message>
    <message>
        <source>Fonts: {fonts}.</source>
        <translation>Polices&#xa0;: {fonts}.</translation>
    </message>
</context>
<context>
    <name>accessibility</name>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear: {what}</source>
        <translation>Effacer&#xa0;: {what}</translation>
    </message>
</context>
<context>
    <name>attachment_preview</name>
    <message>
        <source>The copy will NOT be encrypted: anyone who gets this computer or the drive you save it to can open it, and deleting it later may not remove it from the disk. Save a copy only when you must, and delete it when you are done.</source>
        <translation>La copie ne sera PAS chiffrée&#xa0;: quiconque obtient cet ordinateur ou le disque où vous l’enregistrez peut l’ouvrir, et la supprimer plus tard ne l’effacera peut-être pas du disque. N’enregistrez une copie qu’en cas de besoin et supprimez-la ensuite.</translation>
    </message>
    <message>
        <source>{name} · {size} · added {date}</source>
        <translation>{name} · {size} · ajouté le {date}</translation>
    </message>
    <message>
        <source> · hidden photo details removed when added ({what})</source>
        <translation> · détails cachés de la photo retirés à l’ajout ({what})</translation>
    </message>
</context>
<context>
    <name>backup_dialog</name>
    <message>
        <source>The backup is one encrypted file: it opens only with a passphrase (or the recovery key) that opened this casebook on the day it was made. Old backups keep opening with the passphrases of their day, even after a passphrase is changed or a user is removed — keep them as safely as the casebook itself.</source>
        <translation>La sauvegarde est un seul fichier chiffré&#xa0;: elle ne s’ouvre qu’avec une phrase de passe (ou la clé de récupération) qui ouvrait ce registre le jour où elle a été faite. Les anciennes sauvegardes continuent de s’ouvrir avec les phrases de passe de leur époque, même après un changement de phrase de passe ou le retrait d’un utilisateur — gardez-les aussi précieusement que le registre lui-même.</translation>
    </message>
    <message>
        <source>Back up to a file</source>
        <translation>Sauvegarder dans un fichier</translation>
    </message>
    <message>
        <source>Waystation backups (*{suffix})</source>
        <translation>Sauvegardes Waystation (*{suffix})</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it with a new backup? The old backup is kept until the new one is fully written.</source>
        <translation>{name} existe déjà. Le remplacer par une nouvelle sauvegarde&#xa0;? L’ancienne sauvegarde est gardée jusqu’à ce que la nouvelle soit entièrement écrite.</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Écriture de la sauvegarde…</translation>
    </message>
    <message>
        <source>Backup written and checked: {name}</source>
        <translation>Sauvegarde écrite et vérifiée&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Sauvegarde écrite</translation>
    </message>
    <message>
        <source>The backup {name} ({size}) was written and checked.</source>
        <translation>La sauvegarde {name} ({size}) a été écrite et vérifiée.</translation>
    </message>
</context>
<context>
    <name>context</name>
    <message>
        <source>Only a caseworker or coordinator can {what}.</source>
        <translation>Seul un intervenant ou un coordonnateur peut {what}.</translation>
    </message>
    <message>
        <source>Only a coordinator can {what}.</source>
        <translation>Seul un coordonnateur peut {what}.</translation>
    </message>
</context>
<context>
    <name>create_wizard</name>
    <message>
        <source>Your recovery key</source>
        <translation>Votre clé de récupération</translation>
    </message>
    <message>
        <source>Close without having printed or written down the recovery key?</source>
        <translation>Fermer sans avoir imprimé ou noté la clé de récupération&#xa0;?</translation>
    </message>
    <message>
        <source>It is shown only now. Without it, a forgotten passphrase of the last coordinator cannot be reset.</source>
        <translation>Elle n’est affichée que maintenant. Sans elle, la phrase de passe oubliée du dernier coordonnateur ne peut pas être réinitialisée.</translation>
    </message>
    <message>
        <source>&amp;Close anyway</source>
        <translation>&amp;Fermer quand même</translation>
    </message>
    <message>
        <source>&amp;Keep it on screen</source>
        <translation>&amp;Garder à l’écran</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>Printing hands an unencrypted copy of this document to your computer&apos;s print system. It may keep that copy in its print queue or history, where Waystation cannot erase it. Print only on a computer and printer you trust.</source>
        <translation>L’impression remet une copie non chiffrée de ce document au système d’impression de votre ordinateur. Il peut la garder dans sa file d’attente ou son historique, où Waystation ne peut pas l’effacer. N’imprimez que sur un ordinateur et une imprimante de confiance.</translation>
    </message>
    <message>
        <source>The saved PDF file will NOT be encrypted: anyone who can open the file can read it. Save it only where it is safe, and delete it when it is no longer needed.</source>
        <translation>Le fichier PDF enregistré ne sera PAS chiffré&#xa0;: quiconque peut ouvrir le fichier peut le lire. Enregistrez-le seulement en lieu sûr et supprimez-le quand il n’est plus utile.</translation>
    </message>
    <message>
        <source>Preparing {what}…</source>
        <translation>Préparation — {what}…</translation>
    </message>
    <message>
        <source>Referral letter</source>
        <translation>Lettre d’orientation</translation>
    </message>
    <message>
        <source>Referral packet</source>
        <translation>Dossier d’orientation</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Lettres</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Fiche de récupération</translation>
    </message>
    <message>
        <source>Print this sheet and keep it away from the laptop. It is shown from memory; saving it to a file is not recommended.</source>
        <translation>Imprimez cette fiche et gardez-la loin de l’ordinateur portable. Elle est affichée depuis la mémoire&#xa0;; il est déconseillé de l’enregistrer dans un fichier.</translation>
    </message>
</context>
<context>
    <name>erase_dialog</name>
    <message>
        <source>The keys were destroyed: this casebook can no longer be opened on this computer.</source>
        <translation>Les clés ont été détruites&#xa0;: ce registre ne peut plus être ouvert sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Some key files could not be overwritten; the casebook may still open. Delete them by hand or destroy the drive.</source>
        <translation>Certains fichiers de clés n’ont pas pu être écrasés&#xa0;; le registre pourrait encore s’ouvrir. Supprimez-les à la main ou détruisez le disque.</translation>
    </message>
    <message>
        <source>Backups of it in its folder, destroyed:</source>
        <translation>Ses sauvegardes dans son dossier, détruites&#xa0;:</translation>
    </message>
    <message>
        <source>Files destroyed:</source>
        <translation>Fichiers détruits&#xa0;:</translation>
    </message>
    <message>
        <source>Not removed:</source>
        <translation>Non supprimés&#xa0;:</translation>
    </message>
    <message>
        <source>What erase cannot reach:</source>
        <translation>Ce que l’effacement ne peut pas atteindre&#xa0;:</translation>
    </message>
    <message>
        <source>Casebook erased</source>
        <translation>Registre effacé</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Check the user name and passphrase and try again.</source>
        <translation>Vérifiez le nom d’utilisateur et la phrase de passe, puis réessayez.</translation>
    </message>
    <message>
        <source>Close the other Waystation window first.</source>
        <translation>Fermez d’abord l’autre fenêtre de Waystation.</translation>
    </message>
    <message>
        <source>Open a backup with File › Restore from backup.</source>
        <translation>Ouvrez une sauvegarde avec «&#xa0;Restaurer une sauvegarde…&#xa0;» dans la fenêtre de déverrouillage.</translation>
    </message>
    <message>
        <source>Ask a coordinator if you need this.</source>
        <translation>Demandez à un coordonnateur si vous en avez besoin.</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Too many wrong passphrases; wait {seconds} seconds and try again.</source>
        <translation>Trop de phrases de passe erronées&#xa0;; attendez {seconds} secondes et réessayez.</translation>
    </message>
    <message>
        <source>There is no {kind} with id {id}.</source>
        <translation>Il n’existe aucun élément «&#xa0;{kind}&#xa0;» portant le numéro {id}.</translation>
    </message>
    <message>
        <source>This casebook is open read-only because {reason}; changes are not possible.</source>
        <translation>Ce registre est ouvert en lecture seule parce que {reason}&#xa0;; aucune modification n’est possible.</translation>
    </message>
    <message>
        <source>The casebook file is damaged ({path}); restore it from a backup.</source>
        <translation>Le fichier du registre est endommagé ({path})&#xa0;; restaurez-le à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>A file could not be read or written; check the drive and try again.</source>
        <translation>Un fichier n’a pas pu être lu ou écrit&#xa0;; vérifiez le disque et réessayez.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong and nothing was changed. If it happens again, lock the casebook and open it again.</source>
        <translation>Un problème inattendu est survenu et rien n’a été modifié. Si cela se reproduit, verrouillez le registre et rouvrez-le.</translation>
    </message>
</context>
<context>
    <name>lock_reason</name>
    <message>
        <source>Locked after %n minute(s) without use.</source>
        <translation>Verrouillé après %n minute(s) sans utilisation.</translation>
    </message>
    <message>
        <source>Locked after a time without use.</source>
        <translation>Verrouillé après un moment sans utilisation.</translation>
    </message>
    <message>
        <source>Locked with the Lock button (Ctrl+L).</source>
        <translation>Verrouillé avec le bouton Verrouiller (Ctrl+L).</translation>
    </message>
    <message>
        <source>Locked because the computer&apos;s screen locked.</source>
        <translation>Verrouillé parce que l’écran de l’ordinateur s’est verrouillé.</translation>
    </message>
    <message>
        <source>Locked because the computer was going to sleep.</source>
        <translation>Verrouillé parce que l’ordinateur passait en veille.</translation>
    </message>
</context>
<context>
    <name>mainwindow</name>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Sponsorships</source>
        <translation>Parrainages</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Back up to a file…</source>
        <translation>Sauvegarder dans un fichier…</translation>
    </message>
    <message>
        <source>Emergency erase…</source>
        <translation>Effacement d’urgence…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <source>Something went wrong.</source>
        <translation>Un problème est survenu.</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Phrase de passe erronée.</translation>
    </message>
    <message>
        <source>There is no such user in this casebook.</source>
        <translation>Cet utilisateur n’existe pas dans ce registre.</translation>
    </message>
    <message>
        <source>The casebook is locked; unlock it first.</source>
        <translation>Le registre est verrouillé&#xa0;; déverrouillez-le d’abord.</translation>
    </message>
    <message>
        <source>This casebook is already open on this computer.</source>
        <translation>Ce registre est déjà ouvert sur cet ordinateur.</translation>
    </message>
    <message>
        <source>This casebook&apos;s file also has another name on this computer (a hard link), and changes made through one name can be lost through the other: delete the extra name and open the casebook by its original name.</source>
        <translation>Le fichier de ce registre porte aussi un autre nom sur cet ordinateur (un lien physique), et des modifications faites par un nom peuvent se perdre par l’autre&#xa0;: supprimez le nom en trop et ouvrez le registre par son nom d’origine.</translation>
    </message>
    <message>
        <source>The change failed (the disk may be full or not writable); nothing was lost and every member can still open the casebook. Try again.</source>
        <translation>La modification a échoué (le disque est peut-être plein ou protégé en écriture)&#xa0;; rien n’a été perdu et chaque membre peut encore ouvrir le registre. Réessayez.</translation>
    </message>
    <message>
        <source>There is no casebook at that path.</source>
        <translation>Il n’y a aucun registre à cet emplacement.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Votre rôle ne le permet pas.</translation>
    </message>
    <message>
        <source>This change conflicts with the current state; reload and try again.</source>
        <translation>Cette modification entre en conflit avec l’état actuel&#xa0;; rechargez et réessayez.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was changed. Free some space and try again.</source>
        <translation>Le disque est plein&#xa0;; rien n’a été modifié. Libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <source>This casebook&apos;s key file is from an older version, which cannot do this.</source>
        <translation>Le fichier de clés de ce registre provient d’une version antérieure, qui ne permet pas cela.</translation>
    </message>
    <message>
        <source>Only the member who signed the roster can re-key.</source>
        <translation>Seul le membre qui a signé la liste des membres peut changer les clés.</translation>
    </message>
    <message>
        <source>A casebook needs at least one coordinator.</source>
        <translation>Un registre a besoin d’au moins un coordonnateur.</translation>
    </message>
    <message>
        <source>You cannot remove your own account.</source>
        <translation>Vous ne pouvez pas retirer votre propre compte.</translation>
    </message>
    <message>
        <source>The key file has no recovery slot.</source>
        <translation>Le fichier de clés n’a pas d’emplacement de récupération.</translation>
    </message>
    <message>
        <source>The key file has no slot for a member on the roster.</source>
        <translation>Le fichier de clés n’a pas d’emplacement pour un membre de la liste.</translation>
    </message>
    <message>
        <source>The change was made but could not be recorded in the database; the next opening records it.</source>
        <translation>La modification a été faite mais n’a pas pu être consignée dans la base de données&#xa0;; la prochaine ouverture la consignera.</translation>
    </message>
    <message>
        <source>This client is already part of the sponsored family.</source>
        <translation>Ce client fait déjà partie de la famille parrainée.</translation>
    </message>
    <message>
        <source>This consent was already withdrawn.</source>
        <translation>Ce consentement a déjà été retiré.</translation>
    </message>
    <message>
        <source>A referral that was sent can no longer be edited.</source>
        <translation>Une orientation envoyée ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>There is not enough free space for the restored casebook; nothing was written.</source>
        <translation>Il n’y a pas assez d’espace libre pour le registre restauré&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The casebook is damaged; the backup was not written.</source>
        <translation>Le registre est endommagé&#xa0;; la sauvegarde n’a pas été écrite.</translation>
    </message>
    <message>
        <source>The casebook changed size while it was read; the backup was not written.</source>
        <translation>Le registre a changé de taille pendant sa lecture&#xa0;; la sauvegarde n’a pas été écrite.</translation>
    </message>
    <message>
        <source>Only a coordinator can erase this casebook (a coordinator can let every user do it in the settings).</source>
        <translation>Seul un coordonnateur peut effacer ce registre (un coordonnateur peut le permettre à tous les utilisateurs dans les paramètres).</translation>
    </message>
    <message>
        <source>The casebook&apos;s database cannot be read, so your role cannot be checked; erase it with the recovery key.</source>
        <translation>La base de données du registre est illisible, donc votre rôle ne peut pas être vérifié&#xa0;; effacez-le avec la clé de récupération.</translation>
    </message>
    <message>
        <source>The casebook&apos;s key file is missing; without it the casebook is already unreadable.</source>
        <translation>Le fichier de clés du registre est introuvable&#xa0;; sans lui, le registre est déjà illisible.</translation>
    </message>
    <message>
        <source>Wrong user name or passphrase.</source>
        <translation>Nom d’utilisateur ou phrase de passe erroné.</translation>
    </message>
    <message>
        <source>A key slot has been tampered with; it was refused.</source>
        <translation>Un emplacement de clé a été altéré&#xa0;; il a été refusé.</translation>
    </message>
    <message>
        <source>The key file names an unknown key derivation.</source>
        <translation>Le fichier de clés indique une dérivation de clé inconnue.</translation>
    </message>
    <message>
        <source>A key slot is weaker than Waystation allows; it was refused.</source>
        <translation>Un emplacement de clé est plus faible que ce que Waystation permet&#xa0;; il a été refusé.</translation>
    </message>
    <message>
        <source>A key slot asks for more work than Waystation allows (at most 1 GiB and 16 iterations); it was refused.</source>
        <translation>Un emplacement de clé demande plus de travail que ce que Waystation permet (au plus 1 Gio et 16 itérations)&#xa0;; il a été refusé.</translation>
    </message>
    <message>
        <source>The key file holds two slots with the same id.</source>
        <translation>Le fichier de clés contient deux emplacements portant le même identifiant.</translation>
    </message>
    <message>
        <source>This pledge is already received.</source>
        <translation>Cette promesse de don est déjà reçue.</translation>
    </message>
    <message>
        <source>This member still has open duties; reassign them first.</source>
        <translation>Ce membre a encore des tâches ouvertes&#xa0;; réattribuez-les d’abord.</translation>
    </message>
    <message>
        <source>This duty is already closed.</source>
        <translation>Cette tâche est déjà fermée.</translation>
    </message>
    <message>
        <source>A volunteer can only mark their own duties done.</source>
        <translation>Un bénévole ne peut marquer comme faites que ses propres tâches.</translation>
    </message>
    <message>
        <source>Nothing can be printed for this referral: there is no valid consent to share information with this partner.</source>
        <translation>Rien ne peut être imprimé pour cette orientation&#xa0;: il n’y a aucun consentement valide au partage de renseignements avec ce partenaire.</translation>
    </message>
    <message>
        <source>A volunteer can only update follow-ups assigned to them.</source>
        <translation>Un bénévole ne peut mettre à jour que les suivis qui lui sont attribués.</translation>
    </message>
    <message>
        <source>This follow-up is already closed.</source>
        <translation>Ce suivi est déjà fermé.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
    <message>
        <source>family link</source>
        <translation>lien familial</translation>
    </message>
    <message>
        <source>consent record</source>
        <translation>consentement</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>orientation</translation>
    </message>
    <message>
        <source>pledge</source>
        <translation>promesse de don</translation>
    </message>
    <message>
        <source>disbursement</source>
        <translation>versement</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>sponsorship</source>
        <translation>parrainage</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>pièce jointe</translation>
    </message>
    <message>
        <source>screening</source>
        <translation>évaluation</translation>
    </message>
    <message>
        <source>group member</source>
        <translation>membre du groupe</translation>
    </message>
    <message>
        <source>duty</source>
        <translation>tâche</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>suivi</translation>
    </message>
    <message>
        <source>its file cannot be written</source>
        <translation>son fichier ne peut pas être écrit</translation>
    </message>
    <message>
        <source>its disk is full</source>
        <translation>son disque est plein</translation>
    </message>
    <message>
        <source>its drive is read-only</source>
        <translation>son disque est en lecture seule</translation>
    </message>
    <message>
        <source>its folder cannot be written</source>
        <translation>son dossier ne peut pas être écrit</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordonnateur</translation>
    </message>
    <message>
        <source>caseworker</source>
        <translation>intervenant</translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation>bénévole</translation>
    </message>
    <message>
        <source>very weak</source>
        <translation>très faible</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>robuste</translation>
    </message>
    <message>
        <source>very strong</source>
        <translation>très robuste</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nom d’utilisateur</translation>
    </message>
    <message>
        <source>birth_year</source>
        <translation>année de naissance</translation>
    </message>
    <message>
        <source>relationship</source>
        <translation>lien de parenté</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>champs</translation>
    </message>
    <message>
        <source>given_how</source>
        <translation>forme du consentement</translation>
    </message>
    <message>
        <source>valid_until</source>
        <translation>valide jusqu’au</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>lang</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consentement</translation>
    </message>
    <message>
        <source>due_date</source>
        <translation>échéance</translation>
    </message>
    <message>
        <source>services</source>
        <translation>services</translation>
    </message>
    <message>
        <source>id</source>
        <translation>numéro</translation>
    </message>
    <message>
        <source>lead_user_id</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>support_months</source>
        <translation>mois de soutien</translation>
    </message>
    <message>
        <source>checkin_member_id</source>
        <translation>membre des visites de suivi</translation>
    </message>
    <message>
        <source>backup file</source>
        <translation>fichier de sauvegarde</translation>
    </message>
    <message>
        <source>restore target</source>
        <translation>destination de la restauration</translation>
    </message>
    <message>
        <source>confirmation</source>
        <translation>confirmation</translation>
    </message>
    <message>
        <source>casebook</source>
        <translation>registre</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>identité</translation>
    </message>
    <message>
        <source>recovery key</source>
        <translation>clé de récupération</translation>
    </message>
    <message>
        <source>family_size</source>
        <translation>taille de la famille</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>flags</source>
        <translation>indicateurs</translation>
    </message>
    <message>
        <source>birth_date</source>
        <translation>date de naissance</translation>
    </message>
    <message>
        <source>immigration_situation</source>
        <translation>situation d’immigration</translation>
    </message>
    <message>
        <source>email</source>
        <translation>courriel</translation>
    </message>
    <message>
        <source>citizenships</source>
        <translation>citoyennetés</translation>
    </message>
    <message>
        <source>flag</source>
        <translation>indicateur</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>column display_name</source>
        <translation>colonne du nom (display_name)</translation>
    </message>
    <message>
        <source>output file</source>
        <translation>fichier de sortie</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>paramètre</translation>
    </message>
    <message>
        <source>auto-lock minutes</source>
        <translation>minutes avant le verrouillage</translation>
    </message>
    <message>
        <source>follow-up days</source>
        <translation>jours avant le suivi</translation>
    </message>
    <message>
        <source>letter language</source>
        <translation>langue de la lettre</translation>
    </message>
    <message>
        <source>window titles</source>
        <translation>titres des fenêtres</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>logo</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>clients</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>graine</translation>
    </message>
    <message>
        <source>sponsor_type</source>
        <translation>type de parrainage</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>pièces jointes</translation>
    </message>
    <message>
        <source>sponsorship_id</source>
        <translation>parrainage</translation>
    </message>
    <message>
        <source>member_id</source>
        <translation>membre</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>genre</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>retention months</source>
        <translation>mois de conservation</translation>
    </message>
    <message>
        <source>rule pack</source>
        <translation>ensemble de règles</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>phrase de passe</translation>
    </message>
    <message>
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <source>pack</source>
        <translation>ensemble</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>réponses</translation>
    </message>
    <message>
        <source>delimiter</source>
        <translation>séparateur</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>encodage</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation>correspondance</translation>
    </message>
    <message>
        <source>mapping file</source>
        <translation>fichier de correspondance</translation>
    </message>
    <message>
        <source>sheet</source>
        <translation>feuille</translation>
    </message>
    <message>
        <source>current passphrase</source>
        <translation>phrase de passe actuelle</translation>
    </message>
    <message>
        <source>that name is already taken in this casebook</source>
        <translation>ce nom est déjà pris dans ce registre</translation>
    </message>
    <message>
        <source>must be a year</source>
        <translation>doit être une année</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>must name things that can be shared</source>
        <translation>doit nommer des éléments qui peuvent être partagés</translation>
    </message>
    <message>
        <source>is not one of the known ways</source>
        <translation>n’est pas l’une des formes connues</translation>
    </message>
    <message>
        <source>is already in the past</source>
        <translation>est déjà passé</translation>
    </message>
    <message>
        <source>must be en, fr or es</source>
        <translation>doit être en, fr ou es</translation>
    </message>
    <message>
        <source>a referral starts as a draft</source>
        <translation>une orientation commence comme brouillon</translation>
    </message>
    <message>
        <source>a referral cannot be sent without consent</source>
        <translation>une orientation ne peut pas être envoyée sans consentement</translation>
    </message>
    <message>
        <source>is not a follow-up status</source>
        <translation>n’est pas un statut de suivi</translation>
    </message>
    <message>
        <source>is required to update a partner</source>
        <translation>est obligatoire pour mettre à jour un partenaire</translation>
    </message>
    <message>
        <source>a new sponsorship starts as preparing, submitted or approved; record the arrival afterwards</source>
        <translation>un nouveau parrainage commence en préparation, soumis ou approuvé&#xa0;; consignez l’arrivée ensuite</translation>
    </message>
    <message>
        <source>is required to update a sponsorship</source>
        <translation>est obligatoire pour mettre à jour un parrainage</translation>
    </message>
    <message>
        <source>record the arrival with its date instead</source>
        <translation>consignez plutôt l’arrivée avec sa date</translation>
    </message>
    <message>
        <source>cannot be changed by editing the sponsorship</source>
        <translation>ne peut pas être changé en modifiant le parrainage</translation>
    </message>
    <message>
        <source>is not a member of this sponsorship</source>
        <translation>n’est pas membre de ce parrainage</translation>
    </message>
    <message>
        <source>this member has no casebook account</source>
        <translation>ce membre n’a pas de compte dans le registre</translation>
    </message>
    <message>
        <source>the reason and the request of a referral are consented to together with that referral</source>
        <translation>le motif et la demande d’une orientation sont consentis avec cette orientation</translation>
    </message>
    <message>
        <source>choose at least one thing the person agrees to share</source>
        <translation>choisissez au moins un élément que la personne accepte de partager</translation>
    </message>
    <message>
        <source>covers another referral&apos;s own words (its reason or request); record consent for this referral</source>
        <translation>couvre les propres mots d’une autre orientation (son motif ou sa demande)&#xa0;; consignez un consentement pour cette orientation</translation>
    </message>
    <message>
        <source>was given for another client or partner</source>
        <translation>a été donné pour un autre client ou partenaire</translation>
    </message>
    <message>
        <source>is withdrawn or expired</source>
        <translation>est retiré ou expiré</translation>
    </message>
    <message>
        <source>its folder does not exist</source>
        <translation>son dossier n’existe pas</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>n’existe pas</translation>
    </message>
    <message>
        <source>a casebook already exists there; choose a new file name</source>
        <translation>un registre existe déjà à cet endroit&#xa0;; choisissez un nouveau nom de fichier</translation>
    </message>
    <message>
        <source>the open casebook is not the one named for erase</source>
        <translation>le registre ouvert n’est pas celui désigné pour l’effacement</translation>
    </message>
    <message>
        <source>give a user name and passphrase, or the recovery key</source>
        <translation>donnez un nom d’utilisateur et une phrase de passe, ou la clé de récupération</translation>
    </message>
    <message>
        <source>it should be 32 letters and digits</source>
        <translation>elle doit compter 32 lettres et chiffres</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 30</source>
        <translation>doit être un nombre entier de 1 à 30</translation>
    </message>
    <message>
        <source>must be committed or received</source>
        <translation>doit être promis ou reçu</translation>
    </message>
    <message>
        <source>use 1 to 64 printable characters</source>
        <translation>utilisez de 1 à 64 caractères imprimables</translation>
    </message>
    <message>
        <source>a casebook already exists there</source>
        <translation>un registre existe déjà à cet endroit</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>le dossier n’existe pas</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>doit être du texte</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>contient un caractère NUL</translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation>est dans le futur</translation>
    </message>
    <message>
        <source>must be active or closed</source>
        <translation>doit être actif ou fermé</translation>
    </message>
    <message>
        <source>is not one of the known situations</source>
        <translation>n’est pas l’une des situations connues</translation>
    </message>
    <message>
        <source>does not look like an e-mail address</source>
        <translation>ne ressemble pas à une adresse courriel</translation>
    </message>
    <message>
        <source>is not a date (use YYYY-MM-DD)</source>
        <translation>n’est pas une date (utilisez AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>must be a year between 1900 and this year</source>
        <translation>doit être une année entre 1900 et cette année</translation>
    </message>
    <message>
        <source>is required to update a client</source>
        <translation>est obligatoire pour mettre à jour un client</translation>
    </message>
    <message>
        <source>is not a known flag</source>
        <translation>n’est pas un indicateur connu</translation>
    </message>
    <message>
        <source>contains NUL characters; it is not a CSV text file</source>
        <translation>contient des caractères NUL&#xa0;; ce n’est pas un fichier texte CSV</translation>
    </message>
    <message>
        <source>has a header but no rows to import</source>
        <translation>a une ligne d’en-tête mais aucune ligne à importer</translation>
    </message>
    <message>
        <source>is a folder; name a file</source>
        <translation>est un dossier&#xa0;; nommez un fichier</translation>
    </message>
    <message>
        <source>must be csv, json or xlsx</source>
        <translation>doit être csv, json ou xlsx</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>ne peut pas être lu</translation>
    </message>
    <message>
        <source>is not UTF-8 text; save it as &quot;CSV UTF-8&quot;, or import it with --mapping (any encoding)</source>
        <translation>n’est pas du texte UTF-8&#xa0;; enregistrez-le en «&#xa0;CSV UTF-8&#xa0;» ou importez-le avec --mapping (tout encodage)</translation>
    </message>
    <message>
        <source>is empty; the first row must name the columns</source>
        <translation>est vide&#xa0;; la première ligne doit nommer les colonnes</translation>
    </message>
    <message>
        <source>has no name</source>
        <translation>n’a pas de nom</translation>
    </message>
    <message>
        <source>appears twice</source>
        <translation>figure deux fois</translation>
    </message>
    <message>
        <source>looks separated by semicolons, tabs or bars, not commas; import it with --mapping FILE.json (or File › Import… in the app)</source>
        <translation>semble séparé par des points-virgules, des tabulations ou des barres, pas des virgules&#xa0;; importez-le avec --mapping FICHIER.json (ou Fichier › Importer… dans l’application)</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 240</source>
        <translation>doit être un nombre entier de 1 à 240</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 90</source>
        <translation>doit être un nombre entier de 1 à 90</translation>
    </message>
    <message>
        <source>must be on or off</source>
        <translation>doit être activé ou désactivé</translation>
    </message>
    <message>
        <source>is larger than 1.5 MB</source>
        <translation>dépasse 1,5&#xa0;Mo</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>is not a PDF, JPEG, PNG or HEIC file</source>
        <translation>n’est pas un fichier PDF, JPEG, PNG ou HEIC</translation>
    </message>
    <message>
        <source>belongs to exactly one client, referral, consent record or sponsorship</source>
        <translation>appartient à exactement un client, une orientation, un consentement ou un parrainage</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>are listed for one owner at a time</source>
        <translation>sont listées pour un seul propriétaire à la fois</translation>
    </message>
    <message>
        <source>must be a file name in an existing folder</source>
        <translation>doit être un nom de fichier dans un dossier existant</translation>
    </message>
    <message>
        <source>is a damaged JPEG image</source>
        <translation>est une image JPEG endommagée</translation>
    </message>
    <message>
        <source>is a damaged PNG image</source>
        <translation>est une image PNG endommagée</translation>
    </message>
    <message>
        <source>is an image too large to open safely</source>
        <translation>est une image trop grande pour être ouverte sans risque</translation>
    </message>
    <message>
        <source>is a damaged or unreadable image</source>
        <translation>est une image endommagée ou illisible</translation>
    </message>
    <message>
        <source>is required to update a member</source>
        <translation>est obligatoire pour mettre à jour un membre</translation>
    </message>
    <message>
        <source>a member cannot move to another sponsorship</source>
        <translation>un membre ne peut pas passer à un autre parrainage</translation>
    </message>
    <message>
        <source>is required for a duty of kind other</source>
        <translation>est obligatoire pour une tâche de genre «&#xa0;autre&#xa0;»</translation>
    </message>
    <message>
        <source>must be an amount in dollars</source>
        <translation>doit être un montant en dollars</translation>
    </message>
    <message>
        <source>has more than two decimals</source>
        <translation>a plus de deux décimales</translation>
    </message>
    <message>
        <source>must be more than zero</source>
        <translation>doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>is larger than ten million dollars</source>
        <translation>dépasse dix millions de dollars</translation>
    </message>
    <message>
        <source>the file cannot be read as text</source>
        <translation>le fichier ne peut pas être lu comme du texte</translation>
    </message>
    <message>
        <source>must be today, overdue or week</source>
        <translation>doit être today, overdue ou week</translation>
    </message>
    <message>
        <source>must be a whole number of at least 1</source>
        <translation>doit être un nombre entier d’au moins 1</translation>
    </message>
    <message>
        <source>the rule pack must be text</source>
        <translation>l’ensemble de règles doit être du texte</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>le fichier est trop volumineux</translation>
    </message>
    <message>
        <source>the text declares another pack id or version</source>
        <translation>le texte déclare un autre identifiant ou une autre version d’ensemble</translation>
    </message>
    <message>
        <source>the rule pack file cannot be read</source>
        <translation>le fichier de l’ensemble de règles ne peut pas être lu</translation>
    </message>
    <message>
        <source>not valid YAML</source>
        <translation>YAML non valide</translation>
    </message>
    <message>
        <source>the YAML expands to too much data</source>
        <translation>le YAML produit trop de données</translation>
    </message>
    <message>
        <source>must be a JSON object of question keys and answers</source>
        <translation>doit être un objet JSON de clés de questions et de réponses</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <source>not a date (use YYYY-MM-DD)</source>
        <translation>pas une date (utilisez AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>not a two-letter country code (ISO 3166-1 alpha-2)</source>
        <translation>pas un code de pays à deux lettres (ISO 3166-1 alpha-2)</translation>
    </message>
    <message>
        <source>not a country code (ISO 3166-1 alpha-2, e.g. GB, SY)</source>
        <translation>pas un code de pays (ISO 3166-1 alpha-2, p. ex. GB, SY)</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>question keys must be strings</source>
        <translation>les clés des questions doivent être du texte</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>champ inconnu</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit être vrai ou faux</translation>
    </message>
    <message>
        <source>must be one character other than a quote</source>
        <translation>doit être un seul caractère autre qu’un guillemet</translation>
    </message>
    <message>
        <source>has no sheets</source>
        <translation>n’a aucune feuille</translation>
    </message>
    <message>
        <source>is not a readable XLSX workbook</source>
        <translation>n’est pas un classeur XLSX lisible</translation>
    </message>
    <message>
        <source>no column is mapped to display_name (the name)</source>
        <translation>aucune colonne ne correspond à display_name (le nom)</translation>
    </message>
    <message>
        <source>a follow-up task needs a follow-up date column too</source>
        <translation>une tâche de suivi exige aussi une colonne de date de suivi</translation>
    </message>
    <message>
        <source>an extra sheet needs exactly one client column</source>
        <translation>une feuille supplémentaire exige exactement une colonne de client</translation>
    </message>
    <message>
        <source>needs &quot;columns&quot;: {&quot;column header&quot;: &quot;field&quot;, ...}</source>
        <translation>exige &quot;columns&quot;: {&quot;en-tête de colonne&quot;: &quot;champ&quot;, ...}</translation>
    </message>
    <message>
        <source>must be a JSON object with &quot;columns&quot;: {&quot;column header&quot;: &quot;field&quot;, ...}</source>
        <translation>doit être un objet JSON avec &quot;columns&quot;: {&quot;en-tête de colonne&quot;: &quot;champ&quot;, ...}</translation>
    </message>
    <message>
        <source>on an extra sheet may only be client, notes, household, relatives, followup_date, followup_title or skip</source>
        <translation>sur une feuille supplémentaire, ne peut être que client, notes, household, relatives, followup_date, followup_title ou skip</translation>
    </message>
    <message>
        <source>is not in the mapping file (map it to a field or to &quot;skip&quot;)</source>
        <translation>n’est pas dans le fichier de correspondance (associez-le à un champ ou à «&#xa0;skip&#xa0;»)</translation>
    </message>
    <message>
        <source>must be skipped, merged or added</source>
        <translation>doit être ignoré, fusionné ou ajouté</translation>
    </message>
    <message>
        <source>is not in this workbook</source>
        <translation>n’est pas dans ce classeur</translation>
    </message>
    <message>
        <source>is the main sheet</source>
        <translation>est la feuille principale</translation>
    </message>
    <message>
        <source>could not be shown</source>
        <translation>n’a pas pu être affiché</translation>
    </message>
    <message>
        <source>choose one first</source>
        <translation>choisissez-en un d’abord</translation>
    </message>
    <message>
        <source>choose a new file name first</source>
        <translation>choisissez d’abord un nouveau nom de fichier</translation>
    </message>
    <message>
        <source>the two entries differ</source>
        <translation>les deux saisies diffèrent</translation>
    </message>
    <message>
        <source>is larger than 1 MB; use a smaller PNG</source>
        <translation>dépasse 1&#xa0;Mo&#xa0;; utilisez un PNG plus petit</translation>
    </message>
    <message>
        <source>is not a PNG image</source>
        <translation>n’est pas une image PNG</translation>
    </message>
    <message>
        <source>can be added by a caseworker or coordinator</source>
        <translation>peut être ajouté par un intervenant ou un coordonnateur</translation>
    </message>
    <message>
        <source>Backups saved in other folders, on other drives or on USB sticks were not reached: each carries its own copy of the keys and still opens with the passphrases of the day it was made. Destroy them separately.</source>
        <translation>Les sauvegardes enregistrées dans d’autres dossiers, sur d’autres disques ou sur des clés USB n’ont pas été atteintes&#xa0;: chacune porte sa propre copie des clés et s’ouvre encore avec les phrases de passe du jour où elle a été faite. Détruisez-les séparément.</translation>
    </message>
    <message>
        <source>Copies sent or synced elsewhere (e-mail, cloud folders, other computers) were not reached. A copy of the casebook file alone cannot be opened without its key file, but a copy that includes the key file can.</source>
        <translation>Les copies envoyées ou synchronisées ailleurs (courriel, dossiers infonuagiques, autres ordinateurs) n’ont pas été atteintes. Une copie du seul fichier du registre ne peut pas être ouverte sans son fichier de clés, mais une copie qui inclut le fichier de clés le peut.</translation>
    </message>
    <message>
        <source>Earlier versions of the key file (left on the disk by each change of passphrase or users), and on SSDs, memory cards, USB sticks and file systems that keep snapshots the overwritten one too, may survive where no program can overwrite them; a forensic examiner who also knows a passphrase, current or past, might recover them. Full-disk encryption protects against this.</source>
        <translation>Les versions antérieures du fichier de clés (laissées sur le disque à chaque changement de phrase de passe ou d’utilisateurs) et, sur les SSD, cartes mémoire, clés USB et systèmes de fichiers qui gardent des instantanés, la version écrasée elle-même peuvent subsister là où aucun programme ne peut les écraser&#xa0;; un expert en criminalistique qui connaît aussi une phrase de passe, actuelle ou ancienne, pourrait les récupérer. Le chiffrement complet du disque protège contre cela.</translation>
    </message>
    <message>
        <source>Printed letters, packets and recovery sheets, and PDFs saved outside the casebook, are not affected.</source>
        <translation>Les lettres, dossiers et fiches de récupération imprimés, ainsi que les PDF enregistrés hors du registre, ne sont pas touchés.</translation>
    </message>
    <message>
        <source>Fragments of what was on screen may remain in the operating system&apos;s swap or hibernation file; shut the computer down fully rather than letting it sleep.</source>
        <translation>Des fragments de ce qui était à l’écran peuvent rester dans le fichier d’échange ou d’hibernation du système d’exploitation&#xa0;; éteignez complètement l’ordinateur plutôt que de le mettre en veille.</translation>
    </message>
    <message>
        <source>view casebook records</source>
        <translation>consulter les dossiers du registre</translation>
    </message>
    <message>
        <source>add notes</source>
        <translation>ajouter des notes</translation>
    </message>
    <message>
        <source>update follow-ups assigned to you</source>
        <translation>mettre à jour les suivis qui vous sont attribués</translation>
    </message>
    <message>
        <source>add or edit clients</source>
        <translation>ajouter ou modifier des clients</translation>
    </message>
    <message>
        <source>run and save screenings</source>
        <translation>faire et enregistrer des évaluations</translation>
    </message>
    <message>
        <source>create and move referrals</source>
        <translation>créer et faire avancer des orientations</translation>
    </message>
    <message>
        <source>record consent</source>
        <translation>consigner un consentement</translation>
    </message>
    <message>
        <source>manage follow-ups</source>
        <translation>gérer les suivis</translation>
    </message>
    <message>
        <source>print letters and packets</source>
        <translation>imprimer des lettres et des dossiers</translation>
    </message>
    <message>
        <source>add or edit partners</source>
        <translation>ajouter ou modifier des partenaires</translation>
    </message>
    <message>
        <source>manage sponsorships</source>
        <translation>gérer les parrainages</translation>
    </message>
    <message>
        <source>manage sponsorship budgets and members</source>
        <translation>gérer les budgets et les membres des parrainages</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>gérer les utilisateurs</translation>
    </message>
    <message>
        <source>export casebook data</source>
        <translation>exporter les données du registre</translation>
    </message>
    <message>
        <source>import clients</source>
        <translation>importer des clients</translation>
    </message>
    <message>
        <source>delete or purge records</source>
        <translation>supprimer ou purger des dossiers</translation>
    </message>
    <message>
        <source>change casebook settings</source>
        <translation>modifier les paramètres du registre</translation>
    </message>
    <message>
        <source>import rule packs</source>
        <translation>importer des ensembles de règles</translation>
    </message>
    <message>
        <source>erase the casebook</source>
        <translation>effacer le registre</translation>
    </message>
    <message>
        <source>read the whole audit trail</source>
        <translation>lire tout le journal d’audit</translation>
    </message>
    <message>
        <source>This casebook&apos;s key file is still format 1 (from an older version): roles come from the users table and the signed list of members does not protect it. This coordinator&apos;s open could not upgrade it: the pre-upgrade backup or the new key file could not be written beside the casebook.</source>
        <translation>Le fichier de clés de ce registre est encore au format 1 (d’une version antérieure)&#xa0;: les rôles viennent de la table des utilisateurs et la liste signée des membres ne le protège pas. L’ouverture par ce coordonnateur n’a pas pu le mettre à niveau&#xa0;: la sauvegarde préalable ou le nouveau fichier de clés n’a pas pu être écrit à côté du registre.</translation>
    </message>
    <message>
        <source>This casebook&apos;s key file is still format 1 (from an older version): roles come from the users table and the signed list of members does not protect it. A coordinator&apos;s next open upgrades it.</source>
        <translation>Le fichier de clés de ce registre est encore au format 1 (d’une version antérieure)&#xa0;: les rôles viennent de la table des utilisateurs et la liste signée des membres ne le protège pas. La prochaine ouverture par un coordonnateur le mettra à niveau.</translation>
    </message>
    <message>
        <source>The recovery key from before the upgrade can reset a passphrase only for a coordinator; a coordinator should issue a new recovery key.</source>
        <translation>La clé de récupération d’avant la mise à niveau ne peut réinitialiser la phrase de passe que d’un coordonnateur&#xa0;; un coordonnateur devrait émettre une nouvelle clé de récupération.</translation>
    </message>
    <message>
        <source>Your key slot still has the keys made when the casebook was upgraded; open the casebook again with your passphrase, or ask a coordinator to reset it, before changing members or settings.</source>
        <translation>Votre emplacement de clé a encore les clés créées lors de la mise à niveau du registre&#xa0;; rouvrez le registre avec votre phrase de passe, ou demandez à un coordonnateur de la réinitialiser, avant de modifier les membres ou les paramètres.</translation>
    </message>
    <message>
        <source>erase for everyone</source>
        <translation>effacement par tous</translation>
    </message>
    <message>
        <source>is larger than {mb} MB, the most one attachment may hold</source>
        <translation>dépasse {mb} Mo, le maximum pour une pièce jointe</translation>
    </message>
    <message>
        <source>would take the casebook&apos;s attachments past {mb} MB; remove some first</source>
        <translation>ferait dépasser {mb} Mo aux pièces jointes du registre&#xa0;; supprimez-en d’abord</translation>
    </message>
    <message>
        <source>{name} already exists; choose another name or confirm replacing it (--force)</source>
        <translation>{name} existe déjà&#xa0;; choisissez un autre nom ou confirmez son remplacement (--force)</translation>
    </message>
    <message>
        <source>unknown flag {flag!r}</source>
        <translation>indicateur inconnu {flag!r}</translation>
    </message>
    <message>
        <source>{code!r} is not a two-letter country code</source>
        <translation>{code!r} n’est pas un code de pays à deux lettres</translation>
    </message>
    <message>
        <source>{field!r} cannot be shared</source>
        <translation>{field!r} ne peut pas être communiqué</translation>
    </message>
    <message>
        <source>has {values} values but the header names {columns} columns</source>
        <translation>a {values} valeurs, mais l’en-tête nomme {columns} colonnes</translation>
    </message>
    <message>
        <source>is larger than {mb} MB; split it into smaller files</source>
        <translation>dépasse {mb} Mo&#xa0;; divisez-le en fichiers plus petits</translation>
    </message>
    <message>
        <source>is a folder, not a CSV file</source>
        <translation>est un dossier, pas un fichier CSV</translation>
    </message>
    <message>
        <source>is a folder, not a spreadsheet file</source>
        <translation>est un dossier, pas un fichier de tableur</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to {most:,}</source>
        <translation>doit être un nombre entier de 1 à {most}</translation>
    </message>
    <message>
        <source>{service!r} is not a known service</source>
        <translation>{service!r} n’est pas un service connu</translation>
    </message>
    <message>
        <source>{old} cannot become {new}</source>
        <translation>{old} ne peut pas devenir {new}</translation>
    </message>
    <message>
        <source>type {word} in capitals to erase</source>
        <translation>tapez {word} en majuscules pour effacer</translation>
    </message>
    <message>
        <source>an extra sheet maps {field} once at most</source>
        <translation>une feuille supplémentaire associe {field} une fois au plus</translation>
    </message>
    <message>
        <source>matches existing client #{client}; choose to skip, merge or add it</source>
        <translation>correspond au client existant nº&#xa0;{client}&#xa0;; choisissez de l’ignorer, de le fusionner ou de l’ajouter</translation>
    </message>
    <message>
        <source>is not {encoding} text</source>
        <translation>n’est pas du texte {encoding}</translation>
    </message>
    <message>
        <source>{name!r} is not a known encoding</source>
        <translation>{name!r} n’est pas un encodage connu</translation>
    </message>
    <message>
        <source>has more than {most:,} cells; split it</source>
        <translation>a plus de {most} cellules&#xa0;; divisez-le</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation>doit être l’une des valeurs suivantes&#xa0;: {choices}</translation>
    </message>
    <message>
        <source>{status!r} is not a referral status</source>
        <translation>{status!r} n’est pas un statut d’orientation</translation>
    </message>
    <message>
        <source>this referral has no {field} written to share</source>
        <translation>cette orientation n’a aucun champ {field} rempli à communiquer</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to {most}</source>
        <translation>doit être un nombre entier de 1 à {most}</translation>
    </message>
    <message>
        <source>version {version} is not newer than the current {current}</source>
        <translation>la version {version} n’est pas plus récente que la version actuelle {current}</translation>
    </message>
    <message>
        <source>has more than {count} entries</source>
        <translation>a plus de {count} entrées</translation>
    </message>
    <message>
        <source>date out of range ({earliest} to {latest})</source>
        <translation>date hors limites (de {earliest} à {latest})</translation>
    </message>
    <message>
        <source>unknown value (use one of: {choices})</source>
        <translation>valeur inconnue (utilisez l’une de celles-ci&#xa0;: {choices})</translation>
    </message>
    <message>
        <source>must be at least {minimum:g}</source>
        <translation>doit être d’au moins {minimum:g}</translation>
    </message>
    <message>
        <source>must be at most {maximum:g}</source>
        <translation>doit être d’au plus {maximum:g}</translation>
    </message>
    <message>
        <source>not a question of pack {pack}</source>
        <translation>n’est pas une question de l’ensemble de règles {pack}</translation>
    </message>
    <message>
        <source>unknown rule pack (available: {packs})</source>
        <translation>ensemble de règles inconnu (disponibles&#xa0;: {packs})</translation>
    </message>
    <message>
        <source>use one of {choices}</source>
        <translation>utilisez l’une des valeurs suivantes&#xa0;: {choices}</translation>
    </message>
    <message>
        <source>{key!r} is not a known setting</source>
        <translation>{key!r} n’est pas un paramètre connu</translation>
    </message>
    <message>
        <source>must be a whole number of months from {least} to {most}</source>
        <translation>doit être un nombre entier de mois de {least} à {most}</translation>
    </message>
    <message>
        <source>must be more than the current {months} months</source>
        <translation>doit dépasser les {months} mois actuels</translation>
    </message>
    <message>
        <source>is longer than {limit} characters</source>
        <translation>dépasse {limit} caractères</translation>
    </message>
    <message>
        <source>{value!r} is not one of the known values</source>
        <translation>{value!r} ne fait pas partie des valeurs connues</translation>
    </message>
    <message>
        <source>names {named} columns but the sheet has {columns}</source>
        <translation>nomme {named} colonnes, mais la feuille en a {columns}</translation>
    </message>
    <message>
        <source>{target!r} is not a Waystation field (see waystation import --help)</source>
        <translation>{target!r} n’est pas un champ de Waystation (voir waystation import --help)</translation>
    </message>
    <message>
        <source>is mapped to {target}, like column {other}</source>
        <translation>est associée à {target}, comme la colonne {other}</translation>
    </message>
    <message>
        <source>is not a known column (known: {columns})</source>
        <translation>n’est pas une colonne connue (connues&#xa0;: {columns})</translation>
    </message>
    <message>
        <source>is not valid CSV ({error})</source>
        <translation>n’est pas du CSV valide ({error})</translation>
    </message>
    <message>
        <source>A sponsorship that is {status} cannot become {new}.</source>
        <translation>Un parrainage à l’état «&#xa0;{status}&#xa0;» ne peut pas passer à «&#xa0;{new}&#xa0;».</translation>
    </message>
    <message>
        <source>A sponsorship that is {status} cannot record an arrival; it must be approved first.</source>
        <translation>Un parrainage à l’état «&#xa0;{status}&#xa0;» ne peut pas enregistrer d’arrivée&#xa0;; il doit d’abord être approuvé.</translation>
    </message>
    <message>
        <source>A sponsorship that is {status} cannot be extended.</source>
        <translation>Un parrainage à l’état «&#xa0;{status}&#xa0;» ne peut pas être prolongé.</translation>
    </message>
    <message>
        <source>A sponsorship that is {status} takes no new duties.</source>
        <translation>Un parrainage à l’état «&#xa0;{status}&#xa0;» ne prend plus de nouvelles tâches.</translation>
    </message>
    <message>
        <source>Consent is recorded before a referral is sent; this one is {status}.</source>
        <translation>Le consentement s’enregistre avant l’envoi d’une orientation&#xa0;; celle-ci est à l’état «&#xa0;{status}&#xa0;».</translation>
    </message>
    <message>
        <source>A referral that is {status} cannot become {new}.</source>
        <translation>Une orientation à l’état «&#xa0;{status}&#xa0;» ne peut pas passer à «&#xa0;{new}&#xa0;».</translation>
    </message>
    <message>
        <source>A {role} cannot {action}.</source>
        <translation>Le rôle «&#xa0;{role}&#xa0;» ne permet pas l’action «&#xa0;{action}&#xa0;».</translation>
    </message>
    <message>
        <source>Write an amount in dollars, for example {example}.</source>
        <translation>Écrivez un montant en dollars, par exemple {example}.</translation>
    </message>
    <message>
        <source>“{text}” could be read two ways; write the cents too, for example {example}.</source>
        <translation>«&#xa0;{text}&#xa0;» peut se lire de deux façons&#xa0;; écrivez aussi les cents, par exemple {example}.</translation>
    </message>
    <message>
        <source>“{text}” could be read two ways; write it as {example}.</source>
        <translation>«&#xa0;{text}&#xa0;» peut se lire de deux façons&#xa0;; écrivez-le comme {example}.</translation>
    </message>
    <message>
        <source>“{text}” is not an amount in dollars; write it like {example}.</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas un montant en dollars&#xa0;; écrivez-le comme {example}.</translation>
    </message>
    <message>
        <source>{damage} ({name}); restore the key file from a backup.</source>
        <translation>{damage} ({name})&#xa0;; restaurez le fichier de clés à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>The casebook&apos;s key file is damaged ({name}); restore it from a backup.</source>
        <translation>Le fichier de clés du registre est endommagé ({name})&#xa0;; restaurez-le à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>The casebook&apos;s key file ({name}) is missing; restore it from a backup.</source>
        <translation>Le fichier de clés du registre ({name}) est introuvable&#xa0;; restaurez-le à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>The casebook database ({name}) is missing; restore it from a backup.</source>
        <translation>La base de données du registre ({name}) est introuvable&#xa0;; restaurez-la à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>The casebook database ({name}) is empty; restore it from a backup.</source>
        <translation>La base de données du registre ({name}) est vide&#xa0;; restaurez-la à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>The casebook database ({name}) holds no casebook; restore it from a backup.</source>
        <translation>La base de données ({name}) ne contient aucun registre&#xa0;; restaurez-la à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Famille arrivée</translation>
    </message>
    <message>
        <source>In support period</source>
        <translation>En période de soutien</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>The key file names an unknown key derivation</source>
        <translation>Le fichier de clés indique une dérivation de clé inconnue</translation>
    </message>
    <message>
        <source>A key slot is weaker than Waystation allows; it was refused</source>
        <translation>Un emplacement de clé est plus faible que ce que Waystation permet&#xa0;; il a été refusé</translation>
    </message>
    <message>
        <source>A key slot asks for more work than Waystation allows (at most 1 GiB and 16 iterations); it was refused</source>
        <translation>Un emplacement de clé demande plus de travail que ce que Waystation permet (au plus 1 Gio et 16 itérations)&#xa0;; il a été refusé</translation>
    </message>
    <message>
        <source>A key slot has been tampered with; it was refused</source>
        <translation>Un emplacement de clé a été altéré&#xa0;; il a été refusé</translation>
    </message>
    <message>
        <source>The key file holds two slots with the same id</source>
        <translation>Le fichier de clés contient deux emplacements portant le même identifiant</translation>
    </message>
    <message>
        <source>The key file&apos;s list of members does not match the casebook ({name}); restore the key file from a backup.</source>
        <translation>La liste des membres du fichier de clés ne correspond pas au registre ({name})&#xa0;; restaurez le fichier de clés à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>The key file {name} is older than the casebook; restore the newest key file from the latest backup, or copy it back from where it was.</source>
        <translation>Le fichier de clés {name} est plus ancien que le registre&#xa0;; restaurez le fichier de clés le plus récent à partir de la dernière sauvegarde, ou remettez-le là où il était.</translation>
    </message>
    <message>
        <source>The key file {name} belongs to a different casebook than the one last opened at this place on this computer; restore the casebook from the latest backup, or copy its files back from where they were.</source>
        <translation>Le fichier de clés {name} appartient à un autre registre que celui ouvert en dernier à cet endroit sur cet ordinateur&#xa0;; restaurez le registre à partir de la dernière sauvegarde, ou remettez ses fichiers là où ils étaient.</translation>
    </message>
    <message>
        <source>The key file {name} is older than the casebook file {casebook} (or the casebook file was put back from an older copy); restore the newest key file from the latest backup, or copy it back from where it was.</source>
        <translation>Le fichier de clés {name} est plus ancien que le fichier du registre {casebook} (ou le fichier du registre a été remis à partir d’une copie plus ancienne)&#xa0;; restaurez le fichier de clés le plus récent à partir de la dernière sauvegarde, ou remettez-le là où il était.</translation>
    </message>
    <message>
        <source>The recovery key opened its slot in {name}, but that slot does not carry the casebook&apos;s current key: it was altered, or the key file is older than the casebook. A member&apos;s passphrase may still open it; a coordinator&apos;s verify names the slot and a new recovery key replaces it.</source>
        <translation>La clé de récupération a ouvert son emplacement dans {name}, mais cet emplacement ne contient pas la clé actuelle du registre&#xa0;: il a été altéré, ou le fichier de clés est plus ancien que le registre. La phrase de passe d’un membre peut encore l’ouvrir&#xa0;; la vérification d’un coordonnateur nomme l’emplacement et une nouvelle clé de récupération le remplace.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Consentement consigné</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Reçue par le partenaire</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Juridique</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation>Aide juridique</translation>
    </message>
    <message>
        <source>Shelter housing</source>
        <translation>Hébergement</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Santé mentale</translation>
    </message>
    <message>
        <source>Cash assistance</source>
        <translation>Aide financière</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Alimentation</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Emploi</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Éducation</translation>
    </message>
    <message>
        <source>LGBTQ+ support</source>
        <translation>Soutien LGBTQ+</translation>
    </message>
    <message>
        <source>Child welfare</source>
        <translation>Protection de l&apos;enfance</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Interprétation</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Sponsorship</source>
        <translation>Parrainage</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Époux ou épouse</translation>
    </message>
    <message>
        <source>Common law partner</source>
        <translation>Conjoint de fait</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>Tuteur légal</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Père</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Mère</translation>
    </message>
    <message>
        <source>Brother</source>
        <translation>Frère</translation>
    </message>
    <message>
        <source>Sister</source>
        <translation>Sœur</translation>
    </message>
    <message>
        <source>Grandfather</source>
        <translation>Grand-père</translation>
    </message>
    <message>
        <source>Grandmother</source>
        <translation>Grand-mère</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>Petit-enfant</translation>
    </message>
    <message>
        <source>Uncle</source>
        <translation>Oncle</translation>
    </message>
    <message>
        <source>Aunt</source>
        <translation>Tante</translation>
    </message>
    <message>
        <source>Nephew</source>
        <translation>Neveu</translation>
    </message>
    <message>
        <source>Niece</source>
        <translation>Nièce</translation>
    </message>
    <message>
        <source>Cousin</source>
        <translation>Cousin ou cousine</translation>
    </message>
    <message>
        <source>In law</source>
        <translation>Belle-famille</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Ami ou amie</translation>
    </message>
    <message>
        <source>Half sibling</source>
        <translation>Demi-frère ou demi-sœur</translation>
    </message>
    <message>
        <source>Step parent</source>
        <translation>Beau-parent</translation>
    </message>
    <message>
        <source>Step sibling</source>
        <translation>Quasi-frère ou quasi-sœur</translation>
    </message>
    <message>
        <source>Step child</source>
        <translation>Enfant du conjoint</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citoyen canadien</translation>
    </message>
    <message>
        <source>Permanent resident</source>
        <translation>Résident permanent</translation>
    </message>
    <message>
        <source>Protected person</source>
        <translation>Personne protégée</translation>
    </message>
    <message>
        <source>Removal stayed</source>
        <translation>Sursis de la mesure de renvoi</translation>
    </message>
    <message>
        <source>Claimant referred</source>
        <translation>Demande d&apos;asile déférée à la CISR</translation>
    </message>
    <message>
        <source>Claim ended</source>
        <translation>Demande d&apos;asile terminée</translation>
    </message>
    <message>
        <source>Work permit</source>
        <translation>Permis de travail</translation>
    </message>
    <message>
        <source>Work permit unenforceable</source>
        <translation>Permis de travail qui ne compte pas</translation>
    </message>
    <message>
        <source>Study permit</source>
        <translation>Permis d&apos;études</translation>
    </message>
    <message>
        <source>Study permit invalid</source>
        <translation>Permis d&apos;études non valide</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visiteur</translation>
    </message>
    <message>
        <source>No status</source>
        <translation>Sans statut</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <source>National id</source>
        <translation>Carte d&apos;identité nationale</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>Acte de naissance</translation>
    </message>
    <message>
        <source>PR visa</source>
        <translation>Visa de résident permanent</translation>
    </message>
    <message>
        <source>Temporary resident visa</source>
        <translation>Visa de résident temporaire</translation>
    </message>
    <message>
        <source>Temporary resident permit</source>
        <translation>Permis de séjour temporaire</translation>
    </message>
    <message>
        <source>Travel document a31</source>
        <translation>Titre de voyage (LIPR 31(3))</translation>
    </message>
    <message>
        <source>Refugee travel document</source>
        <translation>Titre de voyage de réfugié</translation>
    </message>
    <message>
        <source>Temporary travel document r151</source>
        <translation>Titre de voyage temporaire (RIPR 151)</translation>
    </message>
    <message>
        <source>Transit visa</source>
        <translation>Visa de transit</translation>
    </message>
    <message>
        <source>Eta</source>
        <translation>AVE</translation>
    </message>
    <message>
        <source>Us work authorization</source>
        <translation>Autorisation de travail américaine</translation>
    </message>
    <message>
        <source>Us asylum receipt</source>
        <translation>Accusé de réception d&apos;asile américain</translation>
    </message>
    <message>
        <source>Verbal</source>
        <translation>Oral</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Écrit</translation>
    </message>
    <message>
        <source>Verbal with interpreter</source>
        <translation>Oral, avec interprète</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronoms</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Citizenships</source>
        <translation>Citoyennetés</translation>
    </message>
    <message>
        <source>Immigration situation</source>
        <translation>Situation d&apos;immigration</translation>
    </message>
    <message>
        <source>Safe contact</source>
        <translation>Contact sûr</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Ménage</translation>
    </message>
    <message>
        <source>Relatives</source>
        <translation>Proches</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Vulnérabilités</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>Adulte</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>Obstacle</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Exception</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>A bar is likely — get legal help urgently.</source>
        <translation>Un obstacle est probable — obtenez de l&apos;aide juridique d&apos;urgence.</translation>
    </message>
    <message>
        <source>Needs review by someone with legal training.</source>
        <translation>À faire vérifier par une personne ayant une formation juridique.</translation>
    </message>
    <message>
        <source>No bar found on these answers.</source>
        <translation>Aucun obstacle trouvé d&apos;après ces réponses.</translation>
    </message>
    <message>
        <source>No bar found</source>
        <translation>Aucun obstacle</translation>
    </message>
    <message>
        <source>Legal help</source>
        <translation>Aide juridique</translation>
    </message>
    <message>
        <source>Legal help (urgent)</source>
        <translation>Aide juridique (urgent)</translation>
    </message>
    <message>
        <source>Immigration</source>
        <translation>Immigration</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Because of</source>
        <translation>En raison de</translation>
    </message>
    <message>
        <source>Suggested referral</source>
        <translation>Orientation suggérée</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Aucune constatation.</translation>
    </message>
    <message>
        <source>law current to</source>
        <translation>droit à jour au</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>This screening is not legal advice: the law and each person&apos;s facts can differ, so have a lawyer or legal clinic confirm it before anyone acts on it.</source>
        <translation>Cette évaluation n&apos;est pas un avis juridique&#xa0;: le droit et la situation de chaque personne peuvent varier; faites-la confirmer par un avocat ou une clinique juridique avant d&apos;agir.</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <source>Treasurer</source>
        <translation>Trésorerie</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Logement</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interprète</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Bénévole</translation>
    </message>
    <message>
        <source>Airport reception</source>
        <translation>Accueil à l&apos;aéroport</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Séance d&apos;orientation</translation>
    </message>
    <message>
        <source>Provincial health card</source>
        <translation>Carte d&apos;assurance maladie provinciale</translation>
    </message>
    <message>
        <source>Social insurance number</source>
        <translation>Numéro d&apos;assurance sociale</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Compte bancaire</translation>
    </message>
    <message>
        <source>Canada child benefit</source>
        <translation>Allocation canadienne pour enfants</translation>
    </message>
    <message>
        <source>School enrolment</source>
        <translation>Inscription à l&apos;école</translation>
    </message>
    <message>
        <source>Language classes</source>
        <translation>Cours de langue</translation>
    </message>
    <message>
        <source>Employment support</source>
        <translation>Aide à l&apos;emploi</translation>
    </message>
    <message>
        <source>Link the family&apos;s client records or set the family size to see the requirement.</source>
        <translation>Liez les dossiers clients de la famille ou fixez la taille de la famille pour voir l&apos;exigence.</translation>
    </message>
    <message>
        <source>More has been paid out than was committed.</source>
        <translation>On a versé plus que ce qui était engagé.</translation>
    </message>
    <message>
        <source>{n} eligible — a Group of Five needs at least {minimum}</source>
        <translation>{n} admissibles — un groupe de cinq en exige au moins {minimum}</translation>
    </message>
    <message>
        <source>Is a private sponsorship application ready?</source>
        <translation>La demande de parrainage privé est-elle prête?</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <source>Gender identity</source>
        <translation>Identité de genre</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <source>Province / state</source>
        <translation>Province / État</translation>
    </message>
    <message>
        <source>Immigration notes</source>
        <translation>Notes sur l&apos;immigration</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>A note</source>
        <translation>Une note</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>Membres du ménage</translation>
    </message>
    <message>
        <source>Relatives in Canada</source>
        <translation>Proches au Canada</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Date du suivi</translation>
    </message>
    <message>
        <source>Follow-up task</source>
        <translation>Tâche de suivi</translation>
    </message>
    <message>
        <source>Skip this column</source>
        <translation>Ignorer cette colonne</translation>
    </message>
    <message>
        <source>names no client of the main sheet</source>
        <translation>ne nomme aucun client de la feuille principale</translation>
    </message>
    <message>
        <source>names a client who appears on several rows of the main sheet</source>
        <translation>nomme un client qui figure sur plusieurs lignes de la feuille principale</translation>
    </message>
    <message>
        <source>is longer than 10000 characters</source>
        <translation>dépasse 10&#xa0;000 caractères</translation>
    </message>
    <message>
        <source>has a name longer than 200 characters</source>
        <translation>contient un nom de plus de 200 caractères</translation>
    </message>
    <message>
        <source>is longer than 300 characters</source>
        <translation>dépasse 300 caractères</translation>
    </message>
    <message>
        <source>has a follow-up task but no follow-up date</source>
        <translation>a une tâche de suivi mais aucune date de suivi</translation>
    </message>
    <message>
        <source>the sheet has a header but no rows</source>
        <translation>la feuille a un en-tête mais aucune ligne</translation>
    </message>
    <message>
        <source>has a value but no header above it</source>
        <translation>a une valeur mais aucun en-tête au-dessus</translation>
    </message>
    <message>
        <source>is required (the person&apos;s name)</source>
        <translation>est obligatoire (le nom de la personne)</translation>
    </message>
    <message>
        <source>row {row}, column {column}</source>
        <translation>ligne {row}, colonne {column}</translation>
    </message>
    <message>
        <source>row {row}, {field}</source>
        <translation>ligne {row}, {field}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>ligne {row}</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>colonne {column}</translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation>feuille {sheet}</translation>
    </message>
</context>
<context>
    <name>settings.page</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Rule pack</source>
        <translation>Ensemble de règles</translation>
    </message>
    <message>
        <source>Version in use</source>
        <translation>Version utilisée</translation>
    </message>
    <message>
        <source>Law current to</source>
        <translation>Droit à jour au</translation>
    </message>
</context>
<context>
    <name>unsaved</name>
    <message>
        <source>Restored what you were typing before the casebook locked.</source>
        <translation>Ce que vous tapiez avant le verrouillage du registre a été rétabli.</translation>
    </message>
    <message>
        <source>Kept from before the casebook locked: {names}. Open it again to carry on where you were.</source>
        <translation>Gardé d’avant le verrouillage du registre&#xa0;: {names}. Rouvrez-le pour reprendre là où vous étiez.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Discard changes to {what}?</source>
        <translation>Abandonner les modifications de {what}&#xa0;?</translation>
    </message>
    <message>
        <source>What you typed has not been saved.</source>
        <translation>Ce que vous avez tapé n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Abandonner les modifications</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer la saisie</translation>
    </message>
    <message>
        <source>this form</source>
        <translation>ce formulaire</translation>
    </message>
</context>
</TS>
