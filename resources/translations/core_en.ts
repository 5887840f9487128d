<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BatchLetters</name>
    <message numerus="yes">
        <source>%n referral(s) skipped: no valid consent to share.</source>
        <translation>
            <numerusform>%n referral skipped: no valid consent to share.</numerusform>
            <numerusform>%n referrals skipped: no valid consent to share.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral letter(s)</source>
        <translation>
            <numerusform>%n referral letter</numerusform>
            <numerusform>%n referral letters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message numerus="yes">
        <source>%n page(s) · shown from memory; nothing is written to disk unless you save.</source>
        <translation>
            <numerusform>%n page · shown from memory; nothing is written to disk unless you save.</numerusform>
            <numerusform>%n pages · shown from memory; nothing is written to disk unless you save.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionBox</name>
    <message numerus="yes">
        <source>Deleted %n client(s) for good.</source>
        <translation>
            <numerusform>Deleted %n client for good.</numerusform>
            <numerusform>Deleted %n clients for good.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message numerus="yes">
        <source>The casebook now locks after %n minute(s) without use.</source>
        <translation>
            <numerusform>The casebook now locks after %n minute without use.</numerusform>
            <numerusform>The casebook now locks after %n minutes without use.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
</TS>
