<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ClientsPage</name>
    <message numerus="yes">
        <source>%n client(s) found</source>
        <translation>
            <numerusform>%n client found</numerusform>
            <numerusform>%n clients found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message numerus="yes">
        <source>%n day(s) later</source>
        <translation>
            <numerusform>%n day later</numerusform>
            <numerusform>%n days later</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayGroupModel</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <source>Start with the %n due today.</source>
        <translation>
            <numerusform>Start with the %n due today.</numerusform>
            <numerusform>Start with the %n due today.</numerusform>
        </translation>
    </message>
</context>
</TS>
