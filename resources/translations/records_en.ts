<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BudgetPart</name>
    <message numerus="yes">
        <source>Cost table of &lt;b&gt;{date}&lt;/b&gt; · {size} · support period of %n month(s)</source>
        <translation>
            <numerusform>Cost table of &lt;b&gt;{date}&lt;/b&gt; · {size} · support period of %n month</numerusform>
            <numerusform>Cost table of &lt;b&gt;{date}&lt;/b&gt; · {size} · support period of %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pledge(s)</source>
        <translation>
            <numerusform>%n pledge</numerusform>
            <numerusform>%n pledges</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckinsPart</name>
    <message numerus="yes">
        <source>Arrived &lt;b&gt;{date}&lt;/b&gt; · support period of %n month(s), to &lt;b&gt;{end}&lt;/b&gt; · {done} of {total} check-ins done</source>
        <translation>
            <numerusform>Arrived &lt;b&gt;{date}&lt;/b&gt; · support period of %n month, to &lt;b&gt;{end}&lt;/b&gt; · {done} of {total} check-ins done</numerusform>
            <numerusform>Arrived &lt;b&gt;{date}&lt;/b&gt; · support period of %n months, to &lt;b&gt;{end}&lt;/b&gt; · {done} of {total} check-ins done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The family has not arrived yet. Mark the arrival once the sponsorship is approved and the family has landed; monthly check-ins follow for %n month(s).</source>
        <translation>
            <numerusform>The family has not arrived yet. Mark the arrival once the sponsorship is approved and the family has landed; monthly check-ins follow for %n month.</numerusform>
            <numerusform>The family has not arrived yet. Mark the arrival once the sponsorship is approved and the family has landed; monthly check-ins follow for %n months.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Support period extended to %n month(s).</source>
        <translation>
            <numerusform>Support period extended to %n month.</numerusform>
            <numerusform>Support period extended to %n months.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FamilyPart</name>
    <message numerus="yes">
        <source>%n person(s) in the family; the budget counts them.</source>
        <translation>
            <numerusform>%n person in the family; the budget counts them.</numerusform>
            <numerusform>%n persons in the family; the budget counts them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message numerus="yes">
        <source>An Excel workbook with %n sheet(s). Choose the sheet that lists the clients.</source>
        <translation>
            <numerusform>An Excel workbook with %n sheet. Choose the sheet that lists the clients.</numerusform>
            <numerusform>An Excel workbook with %n sheets. Choose the sheet that lists the clients.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message numerus="yes">
        <source>Imported %n client(s), merged {merged}, skipped {skipped}.</source>
        <translation>
            <numerusform>Imported %n client, merged {merged}, skipped {skipped}.</numerusform>
            <numerusform>Imported %n clients, merged {merged}, skipped {skipped}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n client(s), merged {merged}.</source>
        <translation>
            <numerusform>Imported %n client, merged {merged}.</numerusform>
            <numerusform>Imported %n clients, merged {merged}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n client(s), skipped {skipped}.</source>
        <translation>
            <numerusform>Imported %n client, skipped {skipped}.</numerusform>
            <numerusform>Imported %n clients, skipped {skipped}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n client(s).</source>
        <translation>
            <numerusform>Imported %n client.</numerusform>
            <numerusform>Imported %n clients.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MembersPart</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <source>%n problem(s) in {rows} rows. Nothing will be imported until every one is fixed: correct the spreadsheet, or go back and map the column differently.</source>
        <translation>
            <numerusform>%n problem in {rows} rows. Nothing will be imported until every one is fixed: correct the spreadsheet, or go back and map the column differently.</numerusform>
            <numerusform>%n problems in {rows} rows. Nothing will be imported until every one is fixed: correct the spreadsheet, or go back and map the column differently.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready to import; the preview shows the first {shown} as they will be saved.</source>
        <translation>
            <numerusform>%n row ready to import; the preview shows the first {shown} as they will be saved.</numerusform>
            <numerusform>%n rows ready to import; the preview shows the first {shown} as they will be saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) may match an existing client (below).</source>
        <translation>
            <numerusform>%n row may match an existing client (below).</numerusform>
            <numerusform>%n rows may match an existing client (below).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadinessPart</name>
    <message numerus="yes">
        <source>Show the %n answer(s) used</source>
        <translation>
            <numerusform>Show the %n answer used</numerusform>
            <numerusform>Show the %n answers used</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n referral</numerusform>
            <numerusform>%n referrals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SponsorshipsPage</name>
    <message numerus="yes">
        <source>%n sponsorship(s)</source>
        <translation>
            <numerusform>%n sponsorship</numerusform>
            <numerusform>%n sponsorships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>arrived {date}, support to {end} (%n month(s))</source>
        <translation>
            <numerusform>arrived {date}, support to {end} (%n month)</numerusform>
            <numerusform>arrived {date}, support to {end} (%n months)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>support period %n month(s) from arrival</source>
        <translation>
            <numerusform>support period %n month from arrival</numerusform>
            <numerusform>support period %n months from arrival</numerusform>
        </translation>
    </message>
</context>
</TS>
