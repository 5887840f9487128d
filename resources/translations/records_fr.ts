<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ArrivalDialog</name>
    <message>
        <source>Correct the arrival date</source>
        <translation>Corriger la date d&apos;arrivée</translation>
    </message>
    <message>
        <source>Mark the arrival</source>
        <translation>Consigner l&apos;arrivée</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Date d&apos;arrivée</translation>
    </message>
    <message>
        <source>Who checks in</source>
        <translation>Qui fait les suivis mensuels</translation>
    </message>
    <message>
        <source>The sponsorship&apos;s lead</source>
        <translation>La personne responsable du parrainage</translation>
    </message>
    <message>
        <source>Only members with a casebook account can receive check-ins</source>
        <translation>Seuls les membres ayant un compte dans le registre peuvent recevoir les suivis mensuels</translation>
    </message>
    <message>
        <source>The support period starts on this day. A check-in is due every month until it ends; correcting the date moves the open check-ins.</source>
        <translation>La période de soutien commence ce jour-là. Un suivi est prévu chaque mois jusqu&apos;à la fin; corriger la date déplace les suivis ouverts.</translation>
    </message>
    <message>
        <source>&amp;Arrived on:</source>
        <translation>&amp;Arrivée le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Check-ins by:</source>
        <translation>&amp;Suivis par&#xa0;:</translation>
    </message>
    <message>
        <source>the arrival date</source>
        <translation>la date d&apos;arrivée</translation>
    </message>
</context>
<context>
    <name>AttachmentsPart</name>
    <message>
        <source>Add file…</source>
        <translation>Ajouter un fichier…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>PDF, JPEG, PNG or HEIC files, stored encrypted inside the casebook.</source>
        <translation>Fichiers PDF, JPEG, PNG ou HEIC, conservés chiffrés dans le registre.</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Retirer la pièce jointe</translation>
    </message>
    <message>
        <source>Remove {name} from the casebook? It cannot be brought back except from a backup.</source>
        <translation>Retirer {name} du registre? Il ne pourra être récupéré qu&apos;à partir d&apos;une sauvegarde.</translation>
    </message>
</context>
<context>
    <name>BudgetPart</name>
    <message>
        <source>Set family si&amp;ze…</source>
        <translation>&amp;Taille de la famille…</translation>
    </message>
    <message>
        <source>Committed as a share of what is required</source>
        <translation>Part engagée de ce qui est exigé</translation>
    </message>
    <message>
        <source>%p% of the requirement committed</source>
        <translation>Engagé&#xa0;: %p&#xa0;% de l&apos;exigence</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>after arrival</source>
        <translation>après l&apos;arrivée</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Versé</translation>
    </message>
    <message>
        <source>Monthly income-support schedule</source>
        <translation>Calendrier mensuel du soutien du revenu</translation>
    </message>
    <message>
        <source>Pledged by</source>
        <translation>Promis par</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation>Promis le</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation>Promesses de dons</translation>
    </message>
    <message>
        <source>Record &amp;pledge…</source>
        <translation>Nouvelle &amp;promesse…</translation>
    </message>
    <message>
        <source>Mark recei&amp;ved</source>
        <translation>Marquer &amp;reçue</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Versé le</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Versé par</translation>
    </message>
    <message>
        <source>Disbursements</source>
        <translation>Décaissements</translation>
    </message>
    <message>
        <source>Record &amp;disbursement…</source>
        <translation>Nouveau &amp;décaissement…</translation>
    </message>
    <message>
        <source>Pledges and funds committed</source>
        <translation>Promesses et fonds engagés</translation>
    </message>
    <message>
        <source>Monthly income support</source>
        <translation>Soutien du revenu mensuel</translation>
    </message>
    <message>
        <source>no family size yet</source>
        <translation>taille de la famille pas encore connue</translation>
    </message>
    <message>
        <source>a family of {n} (set by a coordinator)</source>
        <translation>une famille de {n} (fixée par un coordonnateur)</translation>
    </message>
    <message>
        <source>a family of {n} (the linked clients)</source>
        <translation>une famille de {n} (les clients liés)</translation>
    </message>
    <message numerus="yes">
        <source>Cost table of &lt;b&gt;{date}&lt;/b&gt; · {size} · support period of %n month(s)</source>
        <translation>
            <numerusform>Grille des coûts du &lt;b&gt;{date}&lt;/b&gt; · {size} · période de soutien de %n mois</numerusform>
            <numerusform>Grille des coûts du &lt;b&gt;{date}&lt;/b&gt; · {size} · période de soutien de %n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>start-up {amount} + income support</source>
        <translation>installation {amount} + soutien du revenu</translation>
    </message>
    <message>
        <source>needs the family size</source>
        <translation>il faut la taille de la famille</translation>
    </message>
    <message numerus="yes">
        <source>%n pledge(s)</source>
        <translation>
            <numerusform>%n promesse</numerusform>
            <numerusform>%n promesses</numerusform>
        </translation>
    </message>
    <message>
        <source>{amount} still to come</source>
        <translation>{amount} encore à recevoir</translation>
    </message>
    <message>
        <source>{amount} committed, not yet paid</source>
        <translation>{amount} engagé, pas encore versé</translation>
    </message>
    <message>
        <source>Committed funds are {short} short of the {required} required.</source>
        <translation>Il manque {short} aux fonds engagés pour atteindre les {required} exigés.</translation>
    </message>
    <message>
        <source>Pledge recorded.</source>
        <translation>Promesse consignée.</translation>
    </message>
    <message>
        <source>Pledge marked received.</source>
        <translation>Promesse marquée comme reçue.</translation>
    </message>
    <message>
        <source>Remove pledge</source>
        <translation>Retirer la promesse</translation>
    </message>
    <message>
        <source>Remove the pledge of {amount} by {pledger}?</source>
        <translation>Retirer la promesse de {amount} de {pledger}?</translation>
    </message>
    <message>
        <source>Pledge removed.</source>
        <translation>Promesse retirée.</translation>
    </message>
    <message>
        <source>Disbursement recorded.</source>
        <translation>Décaissement consigné.</translation>
    </message>
    <message>
        <source>Remove disbursement</source>
        <translation>Retirer le décaissement</translation>
    </message>
    <message>
        <source>Remove the disbursement of {amount} paid on {date}?</source>
        <translation>Retirer le décaissement de {amount} versé le {date}?</translation>
    </message>
    <message>
        <source>Disbursement removed.</source>
        <translation>Décaissement retiré.</translation>
    </message>
    <message>
        <source>Family size for the budget saved.</source>
        <translation>Taille de la famille pour le budget enregistrée.</translation>
    </message>
</context>
<context>
    <name>CheckinsPart</name>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Monthly check-ins</source>
        <translation>Suivis mensuels</translation>
    </message>
    <message>
        <source>Mark &amp;arrival…</source>
        <translation>Consigner l&apos;&amp;arrivée…</translation>
    </message>
    <message>
        <source>&amp;Extend period…</source>
        <translation>&amp;Prolonger la période…</translation>
    </message>
    <message>
        <source>Check-in &amp;done…</source>
        <translation>Suivi &amp;fait…</translation>
    </message>
    <message numerus="yes">
        <source>Arrived &lt;b&gt;{date}&lt;/b&gt; · support period of %n month(s), to &lt;b&gt;{end}&lt;/b&gt; · {done} of {total} check-ins done</source>
        <translation>
            <numerusform>Arrivée le &lt;b&gt;{date}&lt;/b&gt; · période de soutien de %n mois, jusqu&apos;au &lt;b&gt;{end}&lt;/b&gt; · {done} suivis faits sur {total}</numerusform>
            <numerusform>Arrivée le &lt;b&gt;{date}&lt;/b&gt; · période de soutien de %n mois, jusqu&apos;au &lt;b&gt;{end}&lt;/b&gt; · {done} suivis faits sur {total}</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct &amp;arrival…</source>
        <translation>Corriger l&apos;&amp;arrivée…</translation>
    </message>
    <message numerus="yes">
        <source>The family has not arrived yet. Mark the arrival once the sponsorship is approved and the family has landed; monthly check-ins follow for %n month(s).</source>
        <translation>
            <numerusform>La famille n&apos;est pas encore arrivée. Consignez l&apos;arrivée une fois le parrainage approuvé et la famille arrivée au pays; des suivis mensuels suivent pendant %n mois.</numerusform>
            <numerusform>La famille n&apos;est pas encore arrivée. Consignez l&apos;arrivée une fois le parrainage approuvé et la famille arrivée au pays; des suivis mensuels suivent pendant %n mois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrival recorded; monthly check-ins are in Today as they fall due.</source>
        <translation>Arrivée consignée; les suivis mensuels apparaissent dans Aujourd&apos;hui à leur échéance.</translation>
    </message>
    <message numerus="yes">
        <source>Support period extended to %n month(s).</source>
        <translation>
            <numerusform>Période de soutien prolongée à %n mois.</numerusform>
            <numerusform>Période de soutien prolongée à %n mois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly check-in {month}</source>
        <translation>Suivi mensuel {month}</translation>
    </message>
    <message>
        <source>Check-in marked done.</source>
        <translation>Suivi marqué comme fait.</translation>
    </message>
</context>
<context>
    <name>ClientPickerDialog</name>
    <message>
        <source>Add a family member</source>
        <translation>Ajouter un membre de la famille</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Chercher des clients</translation>
    </message>
    <message>
        <source>Type part of a name</source>
        <translation>Tapez une partie du nom</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Matching clients</source>
        <translation>Clients correspondants</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>principal applicant, spouse, child…</source>
        <translation>demandeur principal, conjoint, enfant…</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Chercher&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>&amp;Lien&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add to family</source>
        <translation>&amp;Ajouter à la famille</translation>
    </message>
    <message>
        <source>the family member</source>
        <translation>le membre de la famille</translation>
    </message>
    <message>
        <source>Choose a client from the list (search by name).</source>
        <translation>Choisissez un client dans la liste (cherchez par nom).</translation>
    </message>
</context>
<context>
    <name>DisbursementDialog</name>
    <message>
        <source>Record a disbursement</source>
        <translation>Consigner un décaissement</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Versé le</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>What it was for</source>
        <translation>À quoi il a servi</translation>
    </message>
    <message>
        <source>Rent and food, month 1</source>
        <translation>Loyer et nourriture, mois 1</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Versé par</translation>
    </message>
    <message>
        <source>Treasurer, group account…</source>
        <translation>Trésorier, compte du groupe…</translation>
    </message>
    <message>
        <source>Paid &amp;on:</source>
        <translation>Versé &amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Amount ($):</source>
        <translation>&amp;Montant ($)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>Po&amp;ur&#xa0;:</translation>
    </message>
    <message>
        <source>Paid &amp;by:</source>
        <translation>Versé &amp;par&#xa0;:</translation>
    </message>
    <message>
        <source>the disbursement</source>
        <translation>le décaissement</translation>
    </message>
</context>
<context>
    <name>DutiesPart</name>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Confiée à</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Personne pour l&apos;instant</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>{date} (late)</source>
        <translation>{date} (en retard)</translation>
    </message>
    <message>
        <source>Settlement-plan duties</source>
        <translation>Tâches du plan d&apos;établissement</translation>
    </message>
    <message>
        <source>&amp;Add duty…</source>
        <translation>&amp;Ajouter une tâche…</translation>
    </message>
    <message>
        <source>Reassi&amp;gn…</source>
        <translation>Réa&amp;ssigner…</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>Marquer &amp;faite…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>{open} open of {total} · each duty is a follow-up in its member&apos;s Today view</source>
        <translation>{open} ouvertes sur {total} · chaque tâche est un suivi dans la vue Aujourd&apos;hui de son membre</translation>
    </message>
    <message>
        <source>Only the duties assigned to you are shown ({open} open).</source>
        <translation>Seules les tâches qui vous sont confiées sont affichées ({open} ouvertes).</translation>
    </message>
    <message>
        <source>Duty added to the settlement plan.</source>
        <translation>Tâche ajoutée au plan d&apos;établissement.</translation>
    </message>
    <message>
        <source>Duty reassigned.</source>
        <translation>Tâche réassignée.</translation>
    </message>
    <message>
        <source>Duty marked done.</source>
        <translation>Tâche marquée comme faite.</translation>
    </message>
    <message>
        <source>Remove duty</source>
        <translation>Retirer la tâche</translation>
    </message>
    <message>
        <source>Take “{duty}” off the settlement plan? Its follow-up is cancelled.</source>
        <translation>Retirer «&#xa0;{duty}&#xa0;» du plan d&apos;établissement? Son suivi est annulé.</translation>
    </message>
    <message>
        <source>Duty removed.</source>
        <translation>Tâche retirée.</translation>
    </message>
</context>
<context>
    <name>DutyDialog</name>
    <message>
        <source>Reassign duty</source>
        <translation>Réassigner la tâche</translation>
    </message>
    <message>
        <source>Add a settlement-plan duty</source>
        <translation>Ajouter une tâche au plan d&apos;établissement</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>{duty} (already in the plan)</source>
        <translation>{duty} (déjà dans le plan)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Needed for Other; optional otherwise</source>
        <translation>Requis pour Autre; facultatif sinon</translation>
    </message>
    <message>
        <source>Assigned member</source>
        <translation>Membre responsable</translation>
    </message>
    <message>
        <source>Nobody yet (the sponsorship&apos;s lead follows it up)</source>
        <translation>Personne pour l&apos;instant (suivi par la personne responsable)</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>&amp;Duty:</source>
        <translation>&amp;Tâche&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Assigned to:</source>
        <translation>&amp;Confiée à&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Échéance&#xa0;:</translation>
    </message>
    <message>
        <source>this duty</source>
        <translation>cette tâche</translation>
    </message>
    <message>
        <source>Give a duty of kind Other a title.</source>
        <translation>Donnez un titre à une tâche de type Autre.</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>Extend the support period</source>
        <translation>Prolonger la période de soutien</translation>
    </message>
    <message>
        <source>Support period in months</source>
        <translation>Période de soutien en mois</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Now {now} months; at most {most}. The added months get their check-ins.</source>
        <translation>Actuellement {now} mois; au plus {most}. Les mois ajoutés reçoivent leurs suivis.</translation>
    </message>
    <message>
        <source>&amp;Support period:</source>
        <translation>&amp;Période de soutien&#xa0;:</translation>
    </message>
    <message>
        <source>the support period</source>
        <translation>la période de soutien</translation>
    </message>
</context>
<context>
    <name>FamilyPart</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Sponsored family</source>
        <translation>Famille parrainée</translation>
    </message>
    <message>
        <source>&amp;Add family member…</source>
        <translation>&amp;Ajouter un membre de la famille…</translation>
    </message>
    <message>
        <source>&amp;Remove from family…</source>
        <translation>&amp;Retirer de la famille…</translation>
    </message>
    <message>
        <source>&amp;Open client file</source>
        <translation>&amp;Ouvrir le dossier client</translation>
    </message>
    <message>
        <source>The budget uses a family size of {n}, set on the Budget tab.</source>
        <translation>Le budget utilise une taille de famille de {n}, fixée dans l&apos;onglet Budget.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in the family; the budget counts them.</source>
        <translation>
            <numerusform>%n personne dans la famille; le budget la compte.</numerusform>
            <numerusform>%n personnes dans la famille; le budget les compte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added to the sponsored family.</source>
        <translation>Ajouté à la famille parrainée.</translation>
    </message>
    <message>
        <source>Remove from family</source>
        <translation>Retirer de la famille</translation>
    </message>
    <message>
        <source>Take this person out of the sponsored family? Their client record stays.</source>
        <translation>Retirer cette personne de la famille parrainée? Son dossier client est conservé.</translation>
    </message>
    <message>
        <source>Removed from the sponsored family.</source>
        <translation>Retiré de la famille parrainée.</translation>
    </message>
</context>
<context>
    <name>FamilySizeDialog</name>
    <message>
        <source>Family size for the budget</source>
        <translation>Taille de la famille pour le budget</translation>
    </message>
    <message>
        <source>&amp;Count the family members linked on the Family tab</source>
        <translation>&amp;Compter les membres de la famille liés dans l&apos;onglet Famille</translation>
    </message>
    <message>
        <source>Family size</source>
        <translation>Taille de la famille</translation>
    </message>
    <message>
        <source>Family &amp;size:</source>
        <translation>&amp;Taille de la famille&#xa0;:</translation>
    </message>
    <message>
        <source>the family size</source>
        <translation>la taille de la famille</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>Choisir le tableur</translation>
    </message>
    <message>
        <source>A CSV file or an Excel workbook (.xlsx). Nothing is imported until the last step, and then every row or none.</source>
        <translation>Un fichier CSV ou un classeur Excel (.xlsx). Rien n&apos;est importé avant la dernière étape, et alors toutes les lignes ou aucune.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Encodage&#xa0;:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Séparateur&#xa0;:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Feuille&#xa0;:</translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation>Importer des clients</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.xlsx)</source>
        <translation>Tableurs (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>(the file)</source>
        <translation>(le fichier)</translation>
    </message>
    <message>
        <source>Read as {encoding} text, columns separated by {delimiter}. If the preview looks wrong, choose the encoding or delimiter.</source>
        <translation>Lu comme du texte {encoding}, colonnes séparées par {delimiter}. Si l&apos;aperçu semble incorrect, choisissez l&apos;encodage ou le séparateur.</translation>
    </message>
    <message numerus="yes">
        <source>An Excel workbook with %n sheet(s). Choose the sheet that lists the clients.</source>
        <translation>
            <numerusform>Un classeur Excel de %n feuille. Choisissez la feuille qui énumère les clients.</numerusform>
            <numerusform>Un classeur Excel de %n feuilles. Choisissez la feuille qui énumère les clients.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import clients — Waystation</source>
        <translation>Importer des clients — Waystation</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>the import</source>
        <translation>l&apos;importation</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n client(s), merged {merged}, skipped {skipped}.</source>
        <translation>
            <numerusform>%n client importé, {merged} fusionnés, {skipped} ignorés.</numerusform>
            <numerusform>%n clients importés, {merged} fusionnés, {skipped} ignorés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n client(s), merged {merged}.</source>
        <translation>
            <numerusform>%n client importé, {merged} fusionnés.</numerusform>
            <numerusform>%n clients importés, {merged} fusionnés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n client(s), skipped {skipped}.</source>
        <translation>
            <numerusform>%n client importé, {skipped} ignorés.</numerusform>
            <numerusform>%n clients importés, {skipped} ignorés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n client(s).</source>
        <translation>
            <numerusform>%n client importé.</numerusform>
            <numerusform>%n clients importés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Which field does each column hold?</source>
        <translation>Quel champ chaque colonne contient-elle?</translation>
    </message>
    <message>
        <source>Guessed from the column names (English, French, Spanish). Columns set to Skip are not imported; several columns may become notes.</source>
        <translation>Deviné d&apos;après les noms des colonnes (anglais, français, espagnol). Les colonnes réglées sur Ignorer ne sont pas importées; plusieurs colonnes peuvent devenir des notes.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <source>Waystation field</source>
        <translation>Champ de Waystation</translation>
    </message>
    <message>
        <source>(column {n})</source>
        <translation>(colonne {n})</translation>
    </message>
    <message>
        <source>Field for column {column}</source>
        <translation>Champ de la colonne {column}</translation>
    </message>
    <message>
        <source>The mapping you used last time for this layout.</source>
        <translation>La correspondance utilisée la dernière fois pour cette disposition.</translation>
    </message>
    <message>
        <source>Also add {what} from sheet “{sheet}”, matched to clients by its column “{column}”</source>
        <translation>Ajouter aussi {what} de la feuille «&#xa0;{sheet}&#xa0;», associés aux clients par sa colonne «&#xa0;{column}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Edit group member</source>
        <translation>Modifier un membre du groupe</translation>
    </message>
    <message>
        <source>Add a group member</source>
        <translation>Ajouter un membre du groupe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>coordinator, treasurer, housing, education…</source>
        <translation>coordination, trésorerie, logement, éducation…</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Phone or e-mail</source>
        <translation>Téléphone ou courriel</translation>
    </message>
    <message>
        <source>Counts as an eligible member (18 or older, citizen or permanent resident, lives in the community)</source>
        <translation>Compte comme membre admissible (18 ans ou plus, citoyen ou résident permanent, vit dans la collectivité)</translation>
    </message>
    <message>
        <source>No casebook account</source>
        <translation>Aucun compte dans le registre</translation>
    </message>
    <message>
        <source>Casebook account</source>
        <translation>Compte dans le registre</translation>
    </message>
    <message>
        <source>Duties assigned to this member show in this account&apos;s Today view</source>
        <translation>Les tâches confiées à ce membre s&apos;affichent dans la vue Aujourd&apos;hui de ce compte</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Coordonnées&#xa0;:</translation>
    </message>
    <message>
        <source>Casebook &amp;account:</source>
        <translation>Co&amp;mpte dans le registre&#xa0;:</translation>
    </message>
    <message>
        <source>this group member</source>
        <translation>ce membre du groupe</translation>
    </message>
    <message>
        <source>Write the member&apos;s name.</source>
        <translation>Écrivez le nom du membre.</translation>
    </message>
</context>
<context>
    <name>MembersPart</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Admissible</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Group members</source>
        <translation>Membres du groupe</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>&amp;Ajouter un membre…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} eligible</source>
        <translation>{n} admissibles</translation>
    </message>
    <message>
        <source>Member added.</source>
        <translation>Membre ajouté.</translation>
    </message>
    <message>
        <source>Member saved.</source>
        <translation>Membre enregistré.</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Retirer le membre</translation>
    </message>
    <message>
        <source>Remove {name} from the group? Reassign their open duties first.</source>
        <translation>Retirer {name} du groupe? Réassignez d&apos;abord ses tâches ouvertes.</translation>
    </message>
    <message>
        <source>Member removed.</source>
        <translation>Membre retiré.</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Edit partner</source>
        <translation>Modifier le partenaire</translation>
    </message>
    <message>
        <source>Add a partner</source>
        <translation>Ajouter un partenaire</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Villes</translation>
    </message>
    <message>
        <source>Montréal, Laval</source>
        <translation>Montréal, Laval</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>French, English, Spanish</source>
        <translation>français, anglais, espagnol</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Address, phone, e-mail — one per line</source>
        <translation>Adresse, téléphone, courriel — un par ligne</translation>
    </message>
    <message>
        <source>How to get help</source>
        <translation>Comment obtenir de l&apos;aide</translation>
    </message>
    <message>
        <source>Secure channel for referrals</source>
        <translation>Canal sûr pour les orientations</translation>
    </message>
    <message>
        <source>How to send referrals safely (kept off resource sheets)</source>
        <translation>Comment envoyer les orientations en toute sécurité (absent des fiches de ressources)</translation>
    </message>
    <message>
        <source>Active (shown in searches and on resource sheets)</source>
        <translation>Actif (dans les recherches et les fiches de ressources)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Services:</source>
        <translation>&amp;Services&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Cities:</source>
        <translation>&amp;Villes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Langues&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>C&amp;oordonnées&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;How to get help:</source>
        <translation>Comment obtenir de l&apos;&amp;aide&#xa0;:</translation>
    </message>
    <message>
        <source>Secure &amp;referral channel:</source>
        <translation>Canal d&apos;envoi sû&amp;r&#xa0;:</translation>
    </message>
    <message>
        <source>this partner</source>
        <translation>ce partenaire</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Search partners by name</source>
        <translation>Chercher des partenaires par nom</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Chercher par nom</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Any service</source>
        <translation>Tout service</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Organismes partenaires</translation>
    </message>
    <message>
        <source>&amp;Add partner…</source>
        <translation>&amp;Ajouter un partenaire…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>Remove the partner; one with referrals is kept as inactive so its history stays readable</source>
        <translation>Retirer le partenaire; celui qui a des orientations est gardé comme inactif pour que son historique reste lisible</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partenaire</numerusform>
            <numerusform>%n partenaires</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation>Retirer le partenaire</translation>
    </message>
    <message>
        <source>Remove {name} from the directory? If it has referrals or consents it is kept as inactive so their history stays readable.</source>
        <translation>Retirer {name} du répertoire? S&apos;il a des orientations ou des consentements, il est gardé comme inactif pour que leur historique reste lisible.</translation>
    </message>
</context>
<context>
    <name>PledgeDialog</name>
    <message>
        <source>Record a pledge</source>
        <translation>Consigner une promesse de don</translation>
    </message>
    <message>
        <source>Pledged by</source>
        <translation>Promis par</translation>
    </message>
    <message>
        <source>Group members, parish fundraiser…</source>
        <translation>Membres du groupe, collecte de la paroisse…</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Pledged on</source>
        <translation>Promis le</translation>
    </message>
    <message>
        <source>Already &amp;received</source>
        <translation>Déjà &amp;reçu</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Pledged &amp;by:</source>
        <translation>Promis &amp;par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Amount ($):</source>
        <translation>&amp;Montant ($)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Pledged on:</source>
        <translation>Pro&amp;mis le&#xa0;:</translation>
    </message>
    <message>
        <source>Recei&amp;ved on:</source>
        <translation>Reçu &amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>the pledge</source>
        <translation>la promesse de don</translation>
    </message>
    <message>
        <source>Write who pledged the money.</source>
        <translation>Écrivez qui a promis l&apos;argent.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check the rows before importing</source>
        <translation>Vérifier les lignes avant l&apos;importation</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Birth</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
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
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Problems, by row and column</source>
        <translation>Problèmes, par ligne et colonne</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Ressemble à</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Problems to fix in the spreadsheet:</source>
        <translation>Problèmes à corriger dans le tableur&#xa0;:</translation>
    </message>
    <message>
        <source>Rows that look like clients already in the casebook:</source>
        <translation>Lignes qui ressemblent à des clients déjà dans le registre&#xa0;:</translation>
    </message>
    <message>
        <source>{name} (#{id}, same name and birth)</source>
        <translation>{name} (no {id}, même nom et même naissance)</translation>
    </message>
    <message>
        <source>{name} (#{id}, similar name)</source>
        <translation>{name} (no {id}, nom semblable)</translation>
    </message>
    <message>
        <source>What to do with row {row}</source>
        <translation>Que faire de la ligne {row}</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in {rows} rows. Nothing will be imported until every one is fixed: correct the spreadsheet, or go back and map the column differently.</source>
        <translation>
            <numerusform>%n problème dans {rows} lignes. Rien ne sera importé avant que chacun soit réglé&#xa0;: corrigez le tableur, ou revenez en arrière pour associer la colonne autrement.</numerusform>
            <numerusform>%n problèmes dans {rows} lignes. Rien ne sera importé avant que chacun soit réglé&#xa0;: corrigez le tableur, ou revenez en arrière pour associer la colonne autrement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready to import; the preview shows the first {shown} as they will be saved.</source>
        <translation>
            <numerusform>%n ligne prête à importer; l&apos;aperçu montre les {shown} premières telles qu&apos;elles seront enregistrées.</numerusform>
            <numerusform>%n lignes prêtes à importer; l&apos;aperçu montre les {shown} premières telles qu&apos;elles seront enregistrées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) may match an existing client (below).</source>
        <translation>
            <numerusform>%n ligne pourrait correspondre à un client existant (ci-dessous).</numerusform>
            <numerusform>%n lignes pourraient correspondre à un client existant (ci-dessous).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadinessDialog</name>
    <message>
        <source>Sponsorship readiness</source>
        <translation>Préparation du parrainage</translation>
    </message>
    <message>
        <source>Readiness always uses the private sponsorship rules</source>
        <translation>La vérification de la préparation utilise toujours les règles du parrainage privé</translation>
    </message>
    <message>
        <source>&amp;Save readiness check</source>
        <translation>&amp;Enregistrer la vérification</translation>
    </message>
</context>
<context>
    <name>ReadinessPart</name>
    <message>
        <source>Checks the application against the private sponsorship rules, using what this record already knows; you add what it does not (the refugee&apos;s situation).</source>
        <translation>Vérifie la demande selon les règles du parrainage privé, à partir de ce que cette fiche sait déjà; vous ajoutez ce qu&apos;elle ne sait pas (la situation de la personne réfugiée).</translation>
    </message>
    <message>
        <source>Show the answers used</source>
        <translation>Afficher les réponses utilisées</translation>
    </message>
    <message>
        <source>Make referrals from a family member&apos;s client file.</source>
        <translation>Faites les orientations depuis le dossier client d&apos;un membre de la famille.</translation>
    </message>
    <message>
        <source>&amp;Run readiness check…</source>
        <translation>&amp;Vérifier la préparation…</translation>
    </message>
    <message>
        <source>No readiness check yet. Run one to see what the rules say about this application.</source>
        <translation>Aucune vérification de la préparation pour l&apos;instant. Lancez-en une pour voir ce que les règles disent de cette demande.</translation>
    </message>
    <message numerus="yes">
        <source>Show the %n answer(s) used</source>
        <translation>
            <numerusform>Afficher la réponse utilisée (%n)</numerusform>
            <numerusform>Afficher les %n réponses utilisées</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked {when} by {user} under “{title}”, version {version} (law current to {law}).</source>
        <translation>Vérifié le {when} par {user} selon «&#xa0;{title}&#xa0;», version {version} (droit à jour au {law}).</translation>
    </message>
    <message>
        <source>Checked {when} under “{title}”, version {version} (law current to {law}).</source>
        <translation>Vérifié le {when} selon «&#xa0;{title}&#xa0;», version {version} (droit à jour au {law}).</translation>
    </message>
    <message>
        <source>Readiness check saved.</source>
        <translation>Vérification de la préparation enregistrée.</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>Show referrals with status</source>
        <translation>Afficher les orientations ayant le statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Stale: sent, no answer for {days}+ days</source>
        <translation>En attente&#xa0;: envoyées, sans réponse depuis {days}&#xa0;jours ou plus</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Langue de la lettre</translation>
    </message>
    <message>
        <source>Letter &amp;language:</source>
        <translation>&amp;Langue de la lettre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Open client file</source>
        <translation>&amp;Ouvrir le dossier client</translation>
    </message>
    <message>
        <source>Le&amp;tter…</source>
        <translation>Lett&amp;re…</translation>
    </message>
    <message>
        <source>Preview the referral letter (from memory)</source>
        <translation>Aperçu de la lettre d&apos;orientation (en mémoire)</translation>
    </message>
    <message>
        <source>&amp;Packet…</source>
        <translation>&amp;Trousse…</translation>
    </message>
    <message>
        <source>Preview the referral packet: letter, consented summary, screening, consent form, checklist</source>
        <translation>Aperçu de la trousse d&apos;orientation&#xa0;: lettre, résumé consenti, évaluation, formulaire de consentement, liste de vérification</translation>
    </message>
    <message>
        <source>Letters for &amp;selected…</source>
        <translation>Lettres pour la &amp;sélection…</translation>
    </message>
    <message>
        <source>Letters sent this &amp;week…</source>
        <translation>Lettres envoyées cette s&amp;emaine…</translation>
    </message>
    <message>
        <source>Letters for every referral sent since Monday</source>
        <translation>Lettres pour chaque orientation envoyée depuis lundi</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n orientation</numerusform>
            <numerusform>%n orientations</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} sent with no answer for {days}+ days (highlighted)</source>
        <translation>{n} envoyées sans réponse depuis {days}&#xa0;jours ou plus (surlignées)</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Caseload report</source>
        <translation>Rapport sur la charge de travail</translation>
    </message>
    <message>
        <source>Counts only — clients by status and city, referrals by service and outcome, response times, follow-ups on time. No names or personal details.</source>
        <translation>Des chiffres seulement — clients par statut et par ville, orientations par service et par résultat, délais de réponse, suivis faits à temps. Aucun nom ni renseignement personnel.</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <source>Caseload report language</source>
        <translation>Langue du rapport sur la charge de travail</translation>
    </message>
    <message>
        <source>Preview caseload &amp;report…</source>
        <translation>Aperçu du &amp;rapport…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <source>Resource sheet</source>
        <translation>Fiche de ressources</translation>
    </message>
    <message>
        <source>Partner organisations that match, to hand to clients and volunteers. Secure referral channels are left out.</source>
        <translation>Les organismes partenaires correspondants, à remettre aux clients et aux bénévoles. Les canaux sûrs pour les orientations n&apos;y figurent pas.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Any service</source>
        <translation>Tout service</translation>
    </message>
    <message>
        <source>Partner language</source>
        <translation>Langue du partenaire</translation>
    </message>
    <message>
        <source>Resource sheet language</source>
        <translation>Langue de la fiche de ressources</translation>
    </message>
    <message>
        <source>Preview resource &amp;sheet…</source>
        <translation>Aperçu de la &amp;fiche de ressources…</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Ville&#xa0;:</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>S&amp;ervice&#xa0;:</translation>
    </message>
    <message>
        <source>Partner lang&amp;uage:</source>
        <translation>Lang&amp;ue du partenaire&#xa0;:</translation>
    </message>
    <message>
        <source>Sheet &amp;language:</source>
        <translation>&amp;Langue de la fiche&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SponsorshipDialog</name>
    <message>
        <source>Edit sponsorship</source>
        <translation>Modifier le parrainage</translation>
    </message>
    <message>
        <source>New sponsorship</source>
        <translation>Nouveau parrainage</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nom du groupe</translation>
    </message>
    <message>
        <source>Maple Street Group of Five</source>
        <translation>Groupe de cinq de la rue des Érables</translation>
    </message>
    <message>
        <source>Sponsor type</source>
        <translation>Type de répondant</translation>
    </message>
    <message>
        <source>Sponsorship Agreement Holder</source>
        <translation>Signataire d&apos;entente de parrainage</translation>
    </message>
    <message>
        <source>Only for a constituent group of an SAH</source>
        <translation>Seulement pour un groupe constitutif d&apos;un SEP</translation>
    </message>
    <message>
        <source>How the family is named</source>
        <translation>Comment la famille est désignée</translation>
    </message>
    <message>
        <source>The H. family</source>
        <translation>La famille H.</translation>
    </message>
    <message>
        <source>Printed on the summary instead of the family&apos;s names</source>
        <translation>Imprimé sur le résumé au lieu des noms de la famille</translation>
    </message>
    <message>
        <source>Application date</source>
        <translation>Date de la demande</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (leave empty if not yet known)</source>
        <translation>AAAA-MM-JJ (laisser vide si pas encore connue)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Where the group is now; record the arrival afterwards</source>
        <translation>Où en est le groupe maintenant; consignez l&apos;arrivée plus tard</translation>
    </message>
    <message>
        <source>Support period in months</source>
        <translation>Période de soutien en mois</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>The casebook user who coordinates this sponsorship; check-ins and unassigned duties reach their Today view</source>
        <translation>La personne utilisatrice du registre qui coordonne ce parrainage; les suivis mensuels et les tâches non confiées arrivent dans sa vue Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Group name:</source>
        <translation>Nom du &amp;groupe&#xa0;:</translation>
    </message>
    <message>
        <source>Sponsor &amp;type:</source>
        <translation>&amp;Type de répondant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;SAH:</source>
        <translation>&amp;SEP&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Family named as:</source>
        <translation>&amp;Famille désignée comme&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Application date:</source>
        <translation>&amp;Date de la demande&#xa0;:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;ut&#xa0;:</translation>
    </message>
    <message>
        <source>Support &amp;period:</source>
        <translation>&amp;Période de soutien&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation>&amp;Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>this sponsorship</source>
        <translation>ce parrainage</translation>
    </message>
    <message>
        <source>Give the group a name.</source>
        <translation>Donnez un nom au groupe.</translation>
    </message>
    <message>
        <source>Application date: {problem}</source>
        <translation>Date de la demande&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>SponsorshipsPage</name>
    <message>
        <source>Sponsorships</source>
        <translation>Parrainages</translation>
    </message>
    <message>
        <source>Show sponsorships with status</source>
        <translation>Afficher les parrainages ayant le statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>&amp;New sponsorship…</source>
        <translation>&amp;Nouveau parrainage…</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Support ends</source>
        <translation>Fin du soutien</translation>
    </message>
    <message>
        <source>Ed&amp;it record…</source>
        <translation>Mod&amp;ifier la fiche…</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>Stat&amp;ut</translation>
    </message>
    <message>
        <source>Language of the printed documents</source>
        <translation>Langue des documents imprimés</translation>
    </message>
    <message>
        <source>S&amp;ummary…</source>
        <translation>Rés&amp;umé…</translation>
    </message>
    <message>
        <source>Preview and print the one-page sponsorship summary</source>
        <translation>Aperçu et impression du résumé du parrainage d&apos;une page</translation>
    </message>
    <message>
        <source>Bud&amp;get sheet…</source>
        <translation>Fiche bud&amp;gétaire…</translation>
    </message>
    <message>
        <source>Preview and print the budget sheet</source>
        <translation>Aperçu et impression de la fiche budgétaire</translation>
    </message>
    <message>
        <source>Print:</source>
        <translation>Imprimer&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n sponsorship(s)</source>
        <translation>
            <numerusform>%n parrainage</numerusform>
            <numerusform>%n parrainages</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No sponsorship has this status.</source>
        <translation>Aucun parrainage n&apos;a ce statut.</translation>
    </message>
    <message>
        <source>No sponsorships yet. A Group of Five, a Community Sponsor or a constituent group of a Sponsorship Agreement Holder can track its undertaking here: the family, the group, the budget against the cost table, the settlement plan and the monthly check-ins. Start with New sponsorship.</source>
        <translation>Aucun parrainage pour l&apos;instant. Un groupe de cinq, un répondant communautaire ou un groupe constitutif d&apos;un signataire d&apos;entente de parrainage peut suivre son engagement ici&#xa0;: la famille, le groupe, le budget par rapport à la grille des coûts, le plan d&apos;établissement et les suivis mensuels. Commencez par Nouveau parrainage.</translation>
    </message>
    <message>
        <source>{kind} of {sah}</source>
        <translation>{kind}&#xa0;: {sah}</translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>Statut&#xa0;: &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>application {date}</source>
        <translation>demande du {date}</translation>
    </message>
    <message numerus="yes">
        <source>arrived {date}, support to {end} (%n month(s))</source>
        <translation>
            <numerusform>arrivée le {date}, soutien jusqu&apos;au {end} (%n mois)</numerusform>
            <numerusform>arrivée le {date}, soutien jusqu&apos;au {end} (%n mois)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>support period %n month(s) from arrival</source>
        <translation>
            <numerusform>période de soutien de %n mois après l&apos;arrivée</numerusform>
            <numerusform>période de soutien de %n mois après l&apos;arrivée</numerusform>
        </translation>
    </message>
    <message>
        <source>lead: {name}</source>
        <translation>responsable&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Mark {status}</source>
        <translation>Marquer «&#xa0;{status}&#xa0;»</translation>
    </message>
    <message>
        <source>Mark arrival… (Check-ins tab)</source>
        <translation>Consigner l&apos;arrivée… (onglet Suivis)</translation>
    </message>
    <message>
        <source>Sponsorship created.</source>
        <translation>Parrainage créé.</translation>
    </message>
    <message>
        <source>Sponsorship saved.</source>
        <translation>Parrainage enregistré.</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>Status: {status}.</source>
        <translation>Statut&#xa0;: {status}.</translation>
    </message>
</context>
<context>
    <name>importing.wizard</name>
    <message>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Virgule ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Point-virgule ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Bar |</source>
        <translation>Barre |</translation>
    </message>
    <message>
        <source>Skip this row</source>
        <translation>Ignorer cette ligne</translation>
    </message>
    <message>
        <source>Merge into the existing client</source>
        <translation>Fusionner avec le client existant</translation>
    </message>
    <message>
        <source>Add as a new client</source>
        <translation>Ajouter comme nouveau client</translation>
    </message>
    <message>
        <source>row {row}, column {column}: {reason}</source>
        <translation>ligne {row}, colonne {column}&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>partners.page</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Villes</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
</context>
<context>
    <name>referrals.page</name>
    <message>
        <source>Referral&apos;s language</source>
        <translation>Langue de l&apos;orientation</translation>
    </message>
    <message>
        <source>Sent · no answer for {days}+ days</source>
        <translation>Envoyée · sans réponse depuis {days}&#xa0;jours ou plus</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernier changement</translation>
    </message>
</context>
<context>
    <name>sponsorships.budget</name>
    <message>
        <source>Required</source>
        <translation>Exigé</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>Décaissé</translation>
    </message>
</context>
<context>
    <name>sponsorships.duties</name>
    <message>
        <source>☐ Open</source>
        <translation>☐ À faire</translation>
    </message>
    <message>
        <source>☑ Done</source>
        <translation>☑ Fait</translation>
    </message>
    <message>
        <source>✕ Cancelled</source>
        <translation>✕ Annulé</translation>
    </message>
</context>
<context>
    <name>sponsorships.fields</name>
    <message>
        <source>Group of Five</source>
        <translation>Groupe de cinq</translation>
    </message>
    <message>
        <source>Community Sponsor</source>
        <translation>Répondant communautaire</translation>
    </message>
    <message>
        <source>Sponsorship Agreement Holder (constituent group)</source>
        <translation>Signataire d&apos;entente de parrainage (groupe constitutif)</translation>
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
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Income support</source>
        <translation>Soutien du revenu</translation>
    </message>
    <message>
        <source>Start-up costs</source>
        <translation>Frais d&apos;installation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Write the date as year-month-day, for example 2026-03-01.</source>
        <translation>Écrivez la date sous la forme année-mois-jour, par exemple 2026-03-01.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Le montant doit être supérieur à zéro.</translation>
    </message>
</context>
<context>
    <name>sponsorships.page</name>
    <message>
        <source>Group of Five</source>
        <translation>Groupe de cinq</translation>
    </message>
    <message>
        <source>Community Sponsor</source>
        <translation>Répondant communautaire</translation>
    </message>
    <message>
        <source>SAH constituent group</source>
        <translation>Groupe constitutif d&apos;un SEP</translation>
    </message>
    <message>
        <source>Withdraw the sponsorship? Its open check-ins and duties are cancelled.</source>
        <translation>Retirer le parrainage? Ses suivis et tâches ouverts sont annulés.</translation>
    </message>
    <message>
        <source>Mark the sponsorship completed? Its open check-ins and duties are cancelled.</source>
        <translation>Marquer le parrainage comme terminé? Ses suivis et tâches ouverts sont annulés.</translation>
    </message>
</context>
<context>
    <name>sponsorships.printing</name>
    <message>
        <source>Sponsorship summary</source>
        <translation>Résumé du parrainage</translation>
    </message>
    <message>
        <source>Budget sheet</source>
        <translation>Fiche budgétaire</translation>
    </message>
</context>
<context>
    <name>sponsorships.tabs</name>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <source>&amp;Check-ins</source>
        <translation>&amp;Suivis mensuels</translation>
    </message>
    <message>
        <source>&amp;Duties</source>
        <translation>&amp;Tâches</translation>
    </message>
    <message>
        <source>&amp;Family</source>
        <translation>&amp;Famille</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Membres</translation>
    </message>
    <message>
        <source>&amp;Readiness</source>
        <translation>&amp;Préparation</translation>
    </message>
</context>
</TS>
