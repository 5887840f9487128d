<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>Attach to</source>
        <translation>Joindre à</translation>
    </message>
    <message>
        <source>This client</source>
        <translation>Ce client</translation>
    </message>
    <message>
        <source>&amp;Add file…</source>
        <translation>&amp;Ajouter un fichier…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
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
        <source>Belongs to</source>
        <translation>Rattaché à</translation>
    </message>
    <message>
        <source>Drop PDF, JPEG, PNG or HEIC files on this window to attach them. They are stored encrypted inside the casebook.</source>
        <translation>Déposez des fichiers PDF, JPEG, PNG ou HEIC sur cette fenêtre pour les joindre. Ils sont conservés chiffrés dans le registre.</translation>
    </message>
    <message>
        <source>Attach to:</source>
        <translation>Joindre à&#xa0;:</translation>
    </message>
    <message>
        <source>Referral #{number} ({service})</source>
        <translation>Orientation no {number} ({service})</translation>
    </message>
    <message>
        <source>Consent record #{number}</source>
        <translation>Consentement no {number}</translation>
    </message>
    <message>
        <source>Referral #{number}</source>
        <translation>Orientation no {number}</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>Le client</translation>
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
    <name>ClientFileWindow</name>
    <message>
        <source>Client file — Waystation</source>
        <translation>Dossier client — Waystation</translation>
    </message>
    <message>
        <source>Opening the file…</source>
        <translation>Ouverture du dossier…</translation>
    </message>
    <message>
        <source>Alt+1 … Alt+9 switch tabs; Ctrl+W closes the file</source>
        <translation>Alt+1 … Alt+9 changent d&apos;onglet; Ctrl+W ferme le dossier</translation>
    </message>
    <message>
        <source>Kept from before the casebook locked: {names}. Open it again to carry on where you were.</source>
        <translation>Conservé d&apos;avant le verrouillage du registre&#xa0;: {names}. Rouvrez-le pour reprendre là où vous étiez.</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Nouvelle orientation</translation>
    </message>
    <message>
        <source>Record consent ({kind})</source>
        <translation>Consigner le consentement ({kind})</translation>
    </message>
    <message>
        <source>Run a screening</source>
        <translation>Faire une évaluation</translation>
    </message>
    <message>
        <source>Owner: {name}</source>
        <translation>Responsable&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Client #{number}</source>
        <translation>Client no {number}</translation>
    </message>
    <message>
        <source>{client} — Waystation</source>
        <translation>{client} — Waystation</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>the name the person uses</source>
        <translation>le nom que la personne utilise</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <source>other spellings, separated by commas</source>
        <translation>autres graphies, séparées par des virgules</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronoms</translation>
    </message>
    <message>
        <source>for example: she/her</source>
        <translation>par exemple&#xa0;: elle</translation>
    </message>
    <message>
        <source>Birth date or year</source>
        <translation>Date ou année de naissance</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or only the year</source>
        <translation>AAAA-MM-JJ, ou seulement l&apos;année</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>for example: Arabic, English</source>
        <translation>par exemple&#xa0;: arabe, anglais</translation>
    </message>
    <message>
        <source>Citizenships</source>
        <translation>Citoyennetés</translation>
    </message>
    <message>
        <source>two-letter codes: SY, TR</source>
        <translation>codes à deux lettres&#xa0;: SY, TR</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Safe way to contact</source>
        <translation>Façon sûre de joindre la personne</translation>
    </message>
    <message>
        <source>when and how it is safe to call</source>
        <translation>quand et comment il est sûr d&apos;appeler</translation>
    </message>
    <message>
        <source>Flag: {flag}</source>
        <translation>Signalement&#xa0;: {flag}</translation>
    </message>
    <message>
        <source>Gender identity</source>
        <translation>Identité de genre</translation>
    </message>
    <message>
        <source>Province or state</source>
        <translation>Province ou État</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Immigration situation</source>
        <translation>Situation d&apos;immigration</translation>
    </message>
    <message>
        <source>Notes on the immigration situation</source>
        <translation>Notes sur la situation d&apos;immigration</translation>
    </message>
    <message>
        <source>File status</source>
        <translation>État du dossier</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Safe contact</source>
        <translation>Contact sûr</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation d&apos;immigration</translation>
    </message>
    <message>
        <source>Situation notes</source>
        <translation>Notes sur la situation</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
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
        <translation>État</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Signalements</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Rechercher des clients</translation>
    </message>
    <message>
        <source>Search names, other names and notes  (Ctrl+F)</source>
        <translation>Rechercher les noms, autres noms et notes  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre par état</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout état</translation>
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
        <source>Owner filter</source>
        <translation>Filtre par responsable</translation>
    </message>
    <message>
        <source>Anyone&apos;s</source>
        <translation>De tout le monde</translation>
    </message>
    <message>
        <source>City filter</source>
        <translation>Filtre par ville</translation>
    </message>
    <message>
        <source>Any city</source>
        <translation>Toute ville</translation>
    </message>
    <message>
        <source>Flag filter</source>
        <translation>Filtre par signalement</translation>
    </message>
    <message>
        <source>Any flag</source>
        <translation>Tout signalement</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Nouveau client…</translation>
    </message>
    <message>
        <source>Number of clients found</source>
        <translation>Nombre de clients trouvés</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Les miens</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>No client matches. Try fewer words or clear the filters.</source>
        <translation>Aucun client ne correspond. Essayez moins de mots ou effacez les filtres.</translation>
    </message>
    <message>
        <source>No clients yet. Add one with New client (Ctrl+N).</source>
        <translation>Aucun client pour l&apos;instant. Ajoutez-en un avec Nouveau client (Ctrl+N).</translation>
    </message>
    <message>
        <source>More than {count} clients found</source>
        <translation>Plus de {count} clients trouvés</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) found</source>
        <translation>
            <numerusform>%n client trouvé</numerusform>
            <numerusform>%n clients trouvés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a caseworker or coordinator can add clients.</source>
        <translation>Seul un intervenant ou un coordonnateur peut ajouter des clients.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Consigner le consentement</translation>
    </message>
    <message>
        <source>Read each item to the person and tick only what they agree to share with &lt;b&gt;{partner}&lt;/b&gt;. Anything not ticked never leaves the casebook.</source>
        <translation>Lisez chaque élément à la personne et cochez seulement ce qu&apos;elle accepte de communiquer à &lt;b&gt;{partner}&lt;/b&gt;. Rien de ce qui n&apos;est pas coché ne sort du registre.</translation>
    </message>
    <message>
        <source>They agree to share</source>
        <translation>La personne accepte de communiquer</translation>
    </message>
    <message>
        <source>What the letter says about this referral</source>
        <translation>Ce que la lettre dit de cette orientation</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Person who consented</source>
        <translation>Personne qui a consenti</translation>
    </message>
    <message>
        <source>the client, or their parent, guardian or representative</source>
        <translation>le client, ou son parent, tuteur ou représentant</translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation>Comment le consentement a été donné</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu&apos;au</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or leave empty until withdrawn</source>
        <translation>AAAA-MM-JJ, ou vide jusqu&apos;au retrait</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Objet</translation>
    </message>
    <message>
        <source>Consent given &amp;by</source>
        <translation>Consentement donné &amp;par</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Comment</translation>
    </message>
    <message>
        <source>Valid &amp;until</source>
        <translation>&amp;Valide jusqu&apos;au</translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation>Co&amp;nsigner le consentement</translation>
    </message>
    <message>
        <source>the consent</source>
        <translation>le consentement</translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Communique</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Donné</translation>
    </message>
    <message>
        <source>{how} by {person}</source>
        <translation>{how} par {person}</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Consigné</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Consent records</source>
        <translation>Consentements consignés</translation>
    </message>
    <message>
        <source>&amp;Withdraw consent…</source>
        <translation>&amp;Retirer le consentement…</translation>
    </message>
    <message>
        <source>this partner</source>
        <translation>ce partenaire</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Retirer le consentement</translation>
    </message>
    <message>
        <source>Record that the person withdrew consent to share with {partner}? Referrals that rely on it can no longer be sent.</source>
        <translation>Consigner que la personne a retiré son consentement à communiquer avec {partner}? Les orientations qui en dépendent ne pourront plus être envoyées.</translation>
    </message>
</context>
<context>
    <name>DeleteForGoodDialog</name>
    <message>
        <source>Delete for good</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <source>{what} will be deleted for good: the file, notes, household, referrals, consent records, follow-ups and attachments. The audit trail keeps only the number; the caseload report keeps its totals. Backups made before today still hold the data.

Type {word} to confirm.</source>
        <translation>{what} sera supprimé définitivement&#xa0;: le dossier, les notes, le ménage, les orientations, les consentements, les suivis et les pièces jointes. Le journal d&apos;audit ne garde que le numéro; le rapport sur la charge de travail garde ses totaux. Les sauvegardes faites avant aujourd&apos;hui contiennent encore les données.

Tapez {word} pour confirmer.</translation>
    </message>
    <message>
        <source>Type {word} to confirm</source>
        <translation>Tapez {word} pour confirmer</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <source>Screening findings</source>
        <translation>Constatations de l&apos;évaluation</translation>
    </message>
    <message>
        <source>Findings appear here.</source>
        <translation>Les constatations s&apos;affichent ici.</translation>
    </message>
    <message>
        <source>{question}: {answer}</source>
        <translation>{question}&#xa0;: {answer}</translation>
    </message>
    <message>
        <source>the same day</source>
        <translation>le même jour</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) later</source>
        <translation>
            <numerusform>%n jour plus tard</numerusform>
            <numerusform>%n jours plus tard</numerusform>
        </translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <source>stateless (no citizenship)</source>
        <translation>apatride (aucune citoyenneté)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>FollowupsTab</name>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>&amp;Add follow-up…</source>
        <translation>&amp;Ajouter un suivi…</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>Marquer comme &amp;fait…</translation>
    </message>
    <message>
        <source>Resc&amp;hedule…</source>
        <translation>Re&amp;porter…</translation>
    </message>
    <message>
        <source>Cance&amp;l follow-up…</source>
        <translation>Annu&amp;ler le suivi…</translation>
    </message>
    <message>
        <source>Add a follow-up</source>
        <translation>Ajouter un suivi</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Quoi</translation>
    </message>
    <message>
        <source>for example: call about the hearing date</source>
        <translation>par exemple&#xa0;: appeler au sujet de la date d&apos;audience</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>É&amp;chéance</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>History of this file</source>
        <translation>Historique de ce dossier</translation>
    </message>
    <message>
        <source>Every opening and change of this file, newest first. The trail is chained so it cannot be edited.</source>
        <translation>Chaque ouverture et modification de ce dossier, les plus récentes d&apos;abord. Le journal est chaîné&#xa0;: il ne peut pas être modifié.</translation>
    </message>
</context>
<context>
    <name>HouseholdTab</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Né en</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Status in Canada</source>
        <translation>Statut au Canada</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>People in the household</source>
        <translation>Personnes du ménage</translation>
    </message>
    <message>
        <source>Relatives in Canada</source>
        <translation>Proches au Canada</translation>
    </message>
    <message>
        <source>Documents held (type and expiry only — never a number)</source>
        <translation>Documents détenus (type et expiration seulement — jamais de numéro)</translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation>Ajouter une personne…</translation>
    </message>
    <message>
        <source>Add relative…</source>
        <translation>Ajouter un proche…</translation>
    </message>
    <message>
        <source>Add document…</source>
        <translation>Ajouter un document…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Add a person in the household</source>
        <translation>Ajouter une personne du ménage</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>for example: daughter</source>
        <translation>par exemple&#xa0;: fille</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>AAAA</translation>
    </message>
    <message>
        <source>Add a relative in Canada</source>
        <translation>Ajouter un proche au Canada</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>&amp;Lien</translation>
    </message>
    <message>
        <source>Screenings use the relationship, age and status to check the family exceptions.</source>
        <translation>Les évaluations utilisent le lien, l&apos;âge et le statut pour vérifier les exceptions familiales.</translation>
    </message>
    <message>
        <source>Add a document held</source>
        <translation>Ajouter un document détenu</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <source>Record the type and expiry only; never the document number.</source>
        <translation>Consignez seulement le type et l&apos;expiration, jamais le numéro du document.</translation>
    </message>
    <message>
        <source>Select a row to remove first.</source>
        <translation>Sélectionnez d&apos;abord une ligne à retirer.</translation>
    </message>
    <message>
        <source>Remove the selected row from this file?</source>
        <translation>Retirer la ligne sélectionnée de ce dossier?</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <source>the new client</source>
        <translation>le nouveau client</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Only a name is needed; everything else can wait until the person is ready to share it.</source>
        <translation>Seul un nom est nécessaire; tout le reste peut attendre que la personne soit prête à le communiquer.</translation>
    </message>
    <message>
        <source>Someone with a similar name is already in the casebook. Is it the same person?</source>
        <translation>Une personne au nom semblable est déjà dans le registre. Est-ce la même personne?</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>&amp;Open this client instead</source>
        <translation>&amp;Ouvrir plutôt ce client</translation>
    </message>
    <message>
        <source>&amp;Save client</source>
        <translation>&amp;Enregistrer le client</translation>
    </message>
    <message>
        <source>{name}{where}  ({percent} % alike)</source>
        <translation>{name}{where}  (semblable à {percent}&#xa0;%)</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>Write a note… (Ctrl+Enter adds it)</source>
        <translation>Écrivez une note… (Ctrl+Entrée l&apos;ajoute)</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>&amp;Ajouter la note</translation>
    </message>
    <message>
        <source>Notes, newest first</source>
        <translation>Notes, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>the new note</source>
        <translation>la nouvelle note</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Aucune note pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Mark done</source>
        <translation>Marquer comme fait</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>What happened? (optional) — for example: partner called back, intake on Monday</source>
        <translation>Que s&apos;est-il passé? (facultatif) — par exemple&#xa0;: le partenaire a rappelé, accueil lundi</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Marquer comme &amp;fait</translation>
    </message>
    <message>
        <source>the outcome</source>
        <translation>le résultat</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <source>this profile</source>
        <translation>ce profil</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Annuler les modifications</translation>
    </message>
    <message>
        <source>&amp;Copy contact details</source>
        <translation>&amp;Copier les coordonnées</translation>
    </message>
    <message>
        <source>Copies name, phone and safe contact; the clipboard is cleared after 30 seconds and when the casebook locks.</source>
        <translation>Copie le nom, le téléphone et le contact sûr; le presse-papiers est vidé après 30 secondes et au verrouillage du registre.</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Profil enregistré.</translation>
    </message>
    <message>
        <source>Copied; the clipboard clears in 30 seconds.</source>
        <translation>Copié; le presse-papiers se vide dans 30 secondes.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireDialog</name>
    <message>
        <source>this screening</source>
        <translation>cette évaluation</translation>
    </message>
    <message>
        <source>Run a screening</source>
        <translation>Faire une évaluation</translation>
    </message>
    <message>
        <source>Rule pack</source>
        <translation>Ensemble de règles</translation>
    </message>
    <message>
        <source>Language of the findings</source>
        <translation>Langue des constatations</translation>
    </message>
    <message>
        <source>The language the questions and findings are shown in, saved in and printed in.</source>
        <translation>La langue dans laquelle les questions et les constatations sont affichées, enregistrées et imprimées.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Save the screening first, then refer from its findings.</source>
        <translation>Enregistrez d&apos;abord l&apos;évaluation, puis orientez à partir de ses constatations.</translation>
    </message>
    <message>
        <source>&amp;Save screening</source>
        <translation>&amp;Enregistrer l&apos;évaluation</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>Règles&#xa0;:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Findings so far</source>
        <translation>Constatations jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Started from the screening of {date} (version {version}). Check each answer: anything that changed since must be corrected.</source>
        <translation>Reprise de l&apos;évaluation du {date} (version {version}). Vérifiez chaque réponse&#xa0;: tout ce qui a changé depuis doit être corrigé.</translation>
    </message>
    <message>
        <source>{question}: {problem}. Correct it, or clear it.</source>
        <translation>{question}&#xa0;: {problem}. Corrigez-la ou effacez-la.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>New referral</source>
        <translation>Nouvelle orientation</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>— choose a partner —</source>
        <translation>— choisissez un partenaire —</translation>
    </message>
    <message>
        <source>Show partners offering other services too</source>
        <translation>Afficher aussi les partenaires offrant d&apos;autres services</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>What is asked of the partner</source>
        <translation>Ce qui est demandé au partenaire</translation>
    </message>
    <message>
        <source>for example: an appointment this week</source>
        <translation>par exemple&#xa0;: un rendez-vous cette semaine</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Langue de la lettre</translation>
    </message>
    <message>
        <source>The reason and the request are printed in the letter only if the person agrees to share them when consent is recorded.</source>
        <translation>Le motif et la demande ne sont imprimés dans la lettre que si la personne accepte de les communiquer lorsque le consentement est consigné.</translation>
    </message>
    <message>
        <source>No active partner offers this service. Tick the box to see all partners, or add one under Partners.</source>
        <translation>Aucun partenaire actif n&apos;offre ce service. Cochez la case pour voir tous les partenaires, ou ajoutez-en un sous Partenaires.</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Partenaire</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>&amp;Demande</translation>
    </message>
    <message>
        <source>Letter &amp;language</source>
        <translation>&amp;Langue de la lettre</translation>
    </message>
    <message>
        <source>&amp;Create draft</source>
        <translation>&amp;Créer le brouillon</translation>
    </message>
    <message>
        <source>the new referral</source>
        <translation>la nouvelle orientation</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
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
        <translation>État</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Referral history</source>
        <translation>Historique de l&apos;orientation</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>&amp;New referral…</source>
        <translation>&amp;Nouvelle orientation…</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>Consigner le &amp;consentement…</translation>
    </message>
    <message>
        <source>Preview &amp;letter…</source>
        <translation>Aperçu de la &amp;lettre…</translation>
    </message>
    <message>
        <source>Preview pac&amp;ket…</source>
        <translation>Aperçu de la &amp;trousse…</translation>
    </message>
    <message>
        <source>Mark as &amp;sent</source>
        <translation>Marquer comme &amp;envoyée</translation>
    </message>
    <message>
        <source>After the letter or packet has gone to the partner: marks the referral sent and adds a follow-up to check the outcome (shown in Today).</source>
        <translation>Une fois la lettre ou la trousse transmise au partenaire&#xa0;: marque l&apos;orientation comme envoyée et ajoute un suivi pour en vérifier le résultat (affiché dans Aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>Move the referral to</source>
        <translation>Faire passer l&apos;orientation à</translation>
    </message>
    <message>
        <source>Note on the change</source>
        <translation>Note sur le changement</translation>
    </message>
    <message>
        <source>note (optional)</source>
        <translation>note (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Change to</source>
        <translation>Passer à</translation>
    </message>
    <message>
        <source>Partner&apos;s answer</source>
        <translation>Réponse du partenaire</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>the note on the referral</source>
        <translation>la note sur l’orientation</translation>
    </message>
    <message>
        <source>No referral selected.</source>
        <translation>Aucune orientation sélectionnée.</translation>
    </message>
    <message>
        <source>No referrals yet.</source>
        <translation>Aucune orientation pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Start with New referral (or Refer from a screening&apos;s finding).</source>
        <translation>Commencez par Nouvelle orientation (ou orientez à partir d&apos;une constatation d&apos;évaluation).</translation>
    </message>
    <message>
        <source>None recorded yet. The referral cannot be sent until the person&apos;s consent is recorded.</source>
        <translation>Aucun consigné pour l&apos;instant. L&apos;orientation ne peut pas être envoyée avant que le consentement de la personne soit consigné.</translation>
    </message>
    <message>
        <source> — withdrawn</source>
        <translation> — retiré</translation>
    </message>
    <message>
        <source> — valid until {date}</source>
        <translation> — valide jusqu&apos;au {date}</translation>
    </message>
    <message>
        <source>Record consent first: the letter shares only what the person agreed to.</source>
        <translation>Consignez d&apos;abord le consentement&#xa0;: la lettre ne communique que ce que la personne a accepté.</translation>
    </message>
    <message>
        <source>Draft referral created. Record the person&apos;s consent next.</source>
        <translation>Brouillon d&apos;orientation créé. Consignez ensuite le consentement de la personne.</translation>
    </message>
    <message>
        <source>Referral to {partner} for {service}</source>
        <translation>Orientation vers {partner} pour {service}</translation>
    </message>
    <message>
        <source>Consent recorded. Preview the letter or packet, send it, then mark the referral as sent.</source>
        <translation>Consentement consigné. Prévisualisez la lettre ou la trousse, envoyez-la, puis marquez l&apos;orientation comme envoyée.</translation>
    </message>
    <message>
        <source>Referral is now {status}.</source>
        <translation>L&apos;orientation est maintenant à l&apos;état&#xa0;: {status}.</translation>
    </message>
    <message>
        <source>Marked as sent to {partner}. A follow-up to check the outcome is due on {date} (in Today and under Follow-ups).</source>
        <translation>Marquée comme envoyée à {partner}. Un suivi pour en vérifier le résultat est prévu le {date} (dans Aujourd&apos;hui et sous Suivis).</translation>
    </message>
    <message>
        <source>Marked as sent to {partner}.</source>
        <translation>Marquée comme envoyée à {partner}.</translation>
    </message>
</context>
<context>
    <name>ScreeningsTab</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Saved screenings</source>
        <translation>Évaluations enregistrées</translation>
    </message>
    <message>
        <source>No screening yet. Run one with New screening; it opens prefilled from the profile, relatives and documents.</source>
        <translation>Aucune évaluation pour l&apos;instant. Faites-en une avec Nouvelle évaluation; elle s&apos;ouvre préremplie à partir du profil, des proches et des documents.</translation>
    </message>
    <message>
        <source>&amp;New screening…</source>
        <translation>&amp;Nouvelle évaluation…</translation>
    </message>
    <message>
        <source>&amp;Compare with current rules</source>
        <translation>&amp;Comparer avec les règles actuelles</translation>
    </message>
    <message>
        <source>Run the same answers through the current version of the rules; the saved screening does not change.</source>
        <translation>Passe les mêmes réponses dans la version actuelle des règles; l&apos;évaluation enregistrée ne change pas.</translation>
    </message>
    <message>
        <source>Saved {date} under “{rules}”, version {version} (law current to {law}).</source>
        <translation>Enregistrée le {date} selon «&#xa0;{rules}&#xa0;», version {version} (droit à jour au {law}).</translation>
    </message>
    <message>
        <source>Shown in {language}, the language it was saved in.</source>
        <translation>Affichée en {language}, la langue dans laquelle elle a été enregistrée.</translation>
    </message>
    <message>
        <source>Its letters and packets are printed in {language}.</source>
        <translation>Ses lettres et trousses sont imprimées en {language}.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>Screening saved.</source>
        <translation>Évaluation enregistrée.</translation>
    </message>
    <message>
        <source>The current rules are the version this screening ran under.</source>
        <translation>Les règles actuelles sont la version sous laquelle cette évaluation a été faite.</translation>
    </message>
    <message>
        <source>Under the current rules (version {version}) the findings are the same.</source>
        <translation>Selon les règles actuelles (version {version}), les constatations sont les mêmes.</translation>
    </message>
    <message>
        <source>{result} (was {before})</source>
        <translation>{result} (avant&#xa0;: {before})</translation>
    </message>
    <message>
        <source>Under the current rules (version {version}, instead of {before}) — result: {result}.</source>
        <translation>Selon les règles actuelles (version {version}, au lieu de {before}) — résultat&#xa0;: {result}.</translation>
    </message>
    <message>
        <source>Now also:</source>
        <translation>Maintenant aussi&#xa0;:</translation>
    </message>
    <message>
        <source>No longer:</source>
        <translation>Plus maintenant&#xa0;:</translation>
    </message>
    <message>
        <source>Consider running a new screening.</source>
        <translation>Envisagez de faire une nouvelle évaluation.</translation>
    </message>
</context>
<context>
    <name>TodayGroupModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>En retard de %n jour</numerusform>
            <numerusform>En retard de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Only &amp;mine</source>
        <translation>Seulement les &amp;miens</translation>
    </message>
    <message>
        <source>Show only follow-ups assigned to me</source>
        <translation>Afficher seulement les suivis qui me sont attribués</translation>
    </message>
    <message>
        <source>Follow-ups: {group}</source>
        <translation>Suivis&#xa0;: {group}</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>Marquer comme &amp;fait…</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>Re&amp;porter…</translation>
    </message>
    <message>
        <source>&amp;Cancel follow-up…</source>
        <translation>&amp;Annuler le suivi…</translation>
    </message>
    <message>
        <source>&amp;Open client</source>
        <translation>&amp;Ouvrir le client</translation>
    </message>
    <message>
        <source>Nothing is due this week. New follow-ups appear here when a referral is sent or one is added in a client file.</source>
        <translation>Rien n&apos;est prévu cette semaine. Les nouveaux suivis apparaissent ici quand une orientation est envoyée ou qu&apos;un suivi est ajouté dans un dossier client.</translation>
    </message>
    <message>
        <source>{group} ({n})</source>
        <translation>{group} ({n})</translation>
    </message>
    <message>
        <source>{group}: {n}</source>
        <translation>{group}&#xa0;: {n}</translation>
    </message>
    <message numerus="yes">
        <source>Start with the %n due today.</source>
        <translation>
            <numerusform>Commencez par le suivi prévu aujourd&apos;hui.</numerusform>
            <numerusform>Commencez par les %n suivis prévus aujourd&apos;hui.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due today: start with the overdue ones.</source>
        <translation>Rien n&apos;est prévu aujourd&apos;hui&#xa0;: commencez par les suivis en retard.</translation>
    </message>
    <message>
        <source>Ask a caseworker or coordinator to move this follow-up to another day.</source>
        <translation>Demandez à un intervenant ou à un coordonnateur de reporter ce suivi à un autre jour.</translation>
    </message>
</context>
<context>
    <name>clientfile.attachments_tab</name>
    <message>
        <source>Photo (JPEG)</source>
        <translation>Photo (JPEG)</translation>
    </message>
    <message>
        <source>Image (PNG)</source>
        <translation>Image (PNG)</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n}&#xa0;Ko</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n}&#xa0;Mo</translation>
    </message>
    <message>
        <source>{name} is larger than {mb} MB.</source>
        <translation>{name} dépasse {mb}&#xa0;Mo.</translation>
    </message>
    <message>
        <source>{name} could not be read.</source>
        <translation>{name} n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>Documents and photos (*.pdf *.jpg *.jpeg *.png *.heic *.heif)</source>
        <translation>Documents et photos (*.pdf *.jpg *.jpeg *.png *.heic *.heif)</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Joindre un fichier</translation>
    </message>
</context>
<context>
    <name>clientfile.consent_dialog</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Safe way to contact</source>
        <translation>Façon sûre de joindre la personne</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Immigration situation</source>
        <translation>Situation d&apos;immigration</translation>
    </message>
    <message>
        <source>Screening findings</source>
        <translation>Constatations de l&apos;évaluation</translation>
    </message>
    <message>
        <source>Vulnerabilities (flags)</source>
        <translation>Vulnérabilités (signalements)</translation>
    </message>
    <message>
        <source>Relatives in Canada</source>
        <translation>Proches au Canada</translation>
    </message>
    <message>
        <source>Documents held</source>
        <translation>Documents détenus</translation>
    </message>
    <message>
        <source>Reason for referral</source>
        <translation>Motif de l&apos;orientation</translation>
    </message>
    <message>
        <source>What we are asking</source>
        <translation>Ce que nous demandons</translation>
    </message>
    <message>
        <source>(nothing written)</source>
        <translation>(rien d&apos;écrit)</translation>
    </message>
</context>
<context>
    <name>clientfile.consents_tab</name>
    <message>
        <source>Withdrawn {date}</source>
        <translation>Retiré le {date}</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Valid until {date}</source>
        <translation>Valide jusqu&apos;au {date}</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
</context>
<context>
    <name>clientfile.delete_for_good</name>
    <message>
        <source>Delete for good…</source>
        <translation>Supprimer définitivement…</translation>
    </message>
    <message>
        <source>Delete this client for good</source>
        <translation>Supprimer définitivement ce client</translation>
    </message>
    <message>
        <source>Client #{number}</source>
        <translation>Client no {number}</translation>
    </message>
</context>
<context>
    <name>clientfile.form_dialog</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
</context>
<context>
    <name>clientfile.history_tab</name>
    <message>
        <source>Opened the file</source>
        <translation>A ouvert le dossier</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajout</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retrait</translation>
    </message>
    <message>
        <source>Withdrew</source>
        <translation>Retrait du consentement</translation>
    </message>
    <message>
        <source>Marked done</source>
        <translation>Marqué comme fait</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>Reporté</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Purged</source>
        <translation>Supprimé définitivement</translation>
    </message>
    <message>
        <source>Printed or shared</source>
        <translation>Imprimé ou communiqué</translation>
    </message>
    <message>
        <source>Consent attached</source>
        <translation>Consentement rattaché</translation>
    </message>
    <message>
        <source>Consent detached</source>
        <translation>Consentement détaché</translation>
    </message>
    <message>
        <source>household member</source>
        <translation>membre du ménage</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>suivi</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>orientation</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consentement</translation>
    </message>
    <message>
        <source>screening</source>
        <translation>évaluation</translation>
    </message>
    <message>
        <source>relative</source>
        <translation>proche</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>pièce jointe</translation>
    </message>
    <message>
        <source>Status → {status}</source>
        <translation>État → {status}</translation>
    </message>
</context>
<context>
    <name>clientfile.household</name>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>18 or over</source>
        <translation>18 ans ou plus</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Moins de 18 ans</translation>
    </message>
    <message>
        <source>Permanent resident visa</source>
        <translation>Visa de résident permanent</translation>
    </message>
    <message>
        <source>eTA</source>
        <translation>AVE</translation>
    </message>
    <message>
        <source>Travel document (IRPA 31(3))</source>
        <translation>Titre de voyage (LIPR 31(3))</translation>
    </message>
    <message>
        <source>Temporary travel document (IRPR 151)</source>
        <translation>Titre de voyage temporaire (RIPR 151)</translation>
    </message>
    <message>
        <source>US work authorization</source>
        <translation>Autorisation de travail américaine</translation>
    </message>
    <message>
        <source>US asylum receipt</source>
        <translation>Accusé de réception d&apos;asile américain</translation>
    </message>
</context>
<context>
    <name>clientfile.questionnaire</name>
    <message>
        <source>— not answered —</source>
        <translation>— sans réponse —</translation>
    </message>
    <message>
        <source>not a date yet (use YYYY-MM-DD)</source>
        <translation>pas encore une date (utilisez AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>“{code}” is not a two-letter country code</source>
        <translation>«&#xa0;{code}&#xa0;» n&apos;est pas un code de pays à deux lettres</translation>
    </message>
    <message>
        <source>“{code}” is not a country code (ISO 3166-1, e.g. GB, SY)</source>
        <translation>«&#xa0;{code}&#xa0;» n&apos;est pas un code de pays (ISO 3166-1, p. ex. GB, SY)</translation>
    </message>
    <message>
        <source>“{typed}” read as {code} ({name})</source>
        <translation>«&#xa0;{typed}&#xa0;» lu comme {code} ({name})</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>{question}: none</source>
        <translation>{question}&#xa0;: aucun</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>two letters, e.g. US</source>
        <translation>deux lettres, p. ex. US</translation>
    </message>
    <message>
        <source>Code: {code}</source>
        <translation>Code&#xa0;: {code}</translation>
    </message>
    <message>
        <source>two-letter codes separated by commas, e.g. SY, TR</source>
        <translation>codes à deux lettres séparés par des virgules, p. ex. SY, TR</translation>
    </message>
    <message>
        <source>Stateless</source>
        <translation>Apatride</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Add to {question}</source>
        <translation>Ajouter à {question}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove this row</source>
        <translation>Retirer cette ligne</translation>
    </message>
    <message>
        <source>fill in every part of each row, or remove the row</source>
        <translation>remplissez chaque partie de chaque ligne, ou retirez la ligne</translation>
    </message>
</context>
<context>
    <name>clientfile.referrals_tab</name>
    <message>
        <source>Record the person&apos;s consent.</source>
        <translation>Consignez le consentement de la personne.</translation>
    </message>
    <message>
        <source>Move it to Consent recorded (the consent is still attached).</source>
        <translation>Faites-la passer à Consentement consigné (le consentement est toujours rattaché).</translation>
    </message>
    <message>
        <source>Preview the letter or packet, print or save it for the partner, then Mark as sent.</source>
        <translation>Prévisualisez la lettre ou la trousse, imprimez-la ou enregistrez-la pour le partenaire, puis Marquer comme envoyée.</translation>
    </message>
    <message>
        <source>Wait for the partner&apos;s answer; the follow-up is in Today.</source>
        <translation>Attendez la réponse du partenaire; le suivi est dans Aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Nothing left to do.</source>
        <translation>Plus rien à faire.</translation>
    </message>
    <message>
        <source>Record the partner&apos;s answer when it comes.</source>
        <translation>Consignez la réponse du partenaire quand elle arrive.</translation>
    </message>
</context>
<context>
    <name>clientfile.tabs</name>
    <message>
        <source>A&amp;ttachments</source>
        <translation>Pièces &amp;jointes</translation>
    </message>
    <message>
        <source>&amp;Consent</source>
        <translation>&amp;Consentement</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Suivis</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Household</source>
        <translation>&amp;Ménage</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;Referrals</source>
        <translation>&amp;Orientations</translation>
    </message>
    <message>
        <source>&amp;Screenings</source>
        <translation>É&amp;valuations</translation>
    </message>
</context>
<context>
    <name>clients.client_form</name>
    <message>
        <source>Unaccompanied minor</source>
        <translation>Mineur non accompagné</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Médical</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Handicap</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Pas encore connue</translation>
    </message>
    <message>
        <source>In the US, no status</source>
        <translation>Aux États-Unis, sans statut</translation>
    </message>
    <message>
        <source>In the US, asylum claim pending</source>
        <translation>Aux États-Unis, demande d&apos;asile en cours</translation>
    </message>
    <message>
        <source>In the US, TPS</source>
        <translation>Aux États-Unis, TPS</translation>
    </message>
    <message>
        <source>In the US on a visa</source>
        <translation>Aux États-Unis avec un visa</translation>
    </message>
    <message>
        <source>In the US, other status</source>
        <translation>Aux États-Unis, autre statut</translation>
    </message>
    <message>
        <source>At the border</source>
        <translation>À la frontière</translation>
    </message>
    <message>
        <source>In Canada, refugee claimant</source>
        <translation>Au Canada, demandeur d&apos;asile</translation>
    </message>
    <message>
        <source>In Canada, protected person</source>
        <translation>Au Canada, personne protégée</translation>
    </message>
    <message>
        <source>In Canada, permanent resident</source>
        <translation>Au Canada, résident permanent</translation>
    </message>
    <message>
        <source>In Canada, other status</source>
        <translation>Au Canada, autre statut</translation>
    </message>
    <message>
        <source>Outside Canada and the US</source>
        <translation>Hors du Canada et des États-Unis</translation>
    </message>
</context>
<context>
    <name>rulepacks</name>
    <message>
        <source>Is a private sponsorship application ready?</source>
        <translation>La demande de parrainage privé est-elle prête?</translation>
    </message>
    <message>
        <source>Who is sponsoring?</source>
        <translation>Qui parraine?</translation>
    </message>
    <message>
        <source>A Group of Five, a Community Sponsor, or a Sponsorship Agreement Holder (SAH) or its constituent group.</source>
        <translation>Un groupe de cinq, un répondant communautaire, ou un signataire d&apos;entente de parrainage (SEP) ou son groupe constitutif.</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Répondant</translation>
    </message>
    <message>
        <source>Date the application is or will be submitted</source>
        <translation>Date à laquelle la demande est ou sera soumise</translation>
    </message>
    <message>
        <source>YYYY-MM-DD.</source>
        <translation>AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Date of the application</source>
        <translation>Date de la demande</translation>
    </message>
    <message>
        <source>Is the refugee outside every country of which they are a citizen?</source>
        <translation>La personne réfugiée se trouve-t-elle hors de tout pays dont elle a la citoyenneté?</translation>
    </message>
    <message>
        <source>IRPR 139(1)(a), 145, 147.</source>
        <translation>RIPR 139(1)a), 145, 147.</translation>
    </message>
    <message>
        <source>Outside every country of citizenship</source>
        <translation>Hors de tout pays de citoyenneté</translation>
    </message>
    <message>
        <source>Is the refugee in Canada?</source>
        <translation>La personne réfugiée est-elle au Canada?</translation>
    </message>
    <message>
        <source>People in Canada cannot be privately sponsored as refugees; they may be able to make a refugee claim.</source>
        <translation>Les personnes au Canada ne peuvent pas être parrainées comme réfugiées; elles pourraient présenter une demande d&apos;asile.</translation>
    </message>
    <message>
        <source>Refugee in Canada</source>
        <translation>Personne réfugiée au Canada</translation>
    </message>
    <message>
        <source>Country where the refugee lives now</source>
        <translation>Pays où la personne réfugiée vit actuellement</translation>
    </message>
    <message>
        <source>Two-letter country code, e.g. KE.</source>
        <translation>Code de pays à deux lettres, p. ex. KE.</translation>
    </message>
    <message>
        <source>Country of residence</source>
        <translation>Pays de résidence</translation>
    </message>
    <message>
        <source>Does the refugee have a refugee status document from UNHCR or a foreign state?</source>
        <translation>La personne réfugiée a-t-elle un document de statut de réfugié du HCR ou d&apos;un État étranger?</translation>
    </message>
    <message>
        <source>Groups of Five and Community Sponsors need one (IRPR 153(1)(b)).</source>
        <translation>Les groupes de cinq et les répondants communautaires en ont besoin (RIPR 153(1)b)).</translation>
    </message>
    <message>
        <source>Refugee status document</source>
        <translation>Document de statut de réfugié</translation>
    </message>
    <message>
        <source>How many group members are 18 or over, citizens or permanent residents, and live in the community of settlement?</source>
        <translation>Combien de membres du groupe ont 18 ans ou plus, sont citoyens ou résidents permanents et vivent dans la collectivité d&apos;établissement?</translation>
    </message>
    <message>
        <source>A Group of Five needs at least five (IRPR 138).</source>
        <translation>Un groupe de cinq en a besoin d&apos;au moins cinq (RIPR 138).</translation>
    </message>
    <message>
        <source>Eligible group members</source>
        <translation>Membres admissibles du groupe</translation>
    </message>
    <message>
        <source>How many people are sponsored (family size)?</source>
        <translation>Combien de personnes sont parrainées (taille de la famille)?</translation>
    </message>
    <message>
        <source>Everyone in the application, including children.</source>
        <translation>Toutes les personnes de la demande, enfants compris.</translation>
    </message>
    <message>
        <source>Family size</source>
        <translation>Taille de la famille</translation>
    </message>
    <message>
        <source>Funds committed by the sponsors (CAD)</source>
        <translation>Fonds engagés par les répondants ($ CA)</translation>
    </message>
    <message>
        <source>Cash and in-kind support for the 12 months of sponsorship.</source>
        <translation>Argent et soutien en nature pour les 12 mois de parrainage.</translation>
    </message>
    <message>
        <source>Funds committed</source>
        <translation>Fonds engagés</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>unsure</source>
        <translation>incertain</translation>
    </message>
    <message>
        <source>a Group of Five</source>
        <translation>un groupe de cinq</translation>
    </message>
    <message>
        <source>a Community Sponsor</source>
        <translation>un répondant communautaire</translation>
    </message>
    <message>
        <source>a Sponsorship Agreement Holder</source>
        <translation>un signataire d&apos;entente de parrainage</translation>
    </message>
    <message>
        <source>Can a refugee claim be made in Canada?</source>
        <translation>Une demande d&apos;asile peut-elle être présentée au Canada?</translation>
    </message>
    <message>
        <source>Countries of citizenship</source>
        <translation>Pays de citoyenneté</translation>
    </message>
    <message>
        <source>Two-letter country codes (e.g. SY, US). Leave the list empty for a stateless person.</source>
        <translation>Codes de pays à deux lettres (p. ex. SY, US). Laissez la liste vide pour une personne apatride.</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Citoyenneté</translation>
    </message>
    <message>
        <source>Was the United States the person&apos;s country of former habitual residence?</source>
        <translation>Les États-Unis étaient-ils le pays de résidence habituelle antérieure de la personne?</translation>
    </message>
    <message>
        <source>Only for stateless people. If yes, the Safe Third Country Agreement does not apply.</source>
        <translation>Seulement pour les personnes apatrides. Si oui, l&apos;Entente sur les tiers pays sûrs ne s&apos;applique pas.</translation>
    </message>
    <message>
        <source>Former habitual residence in the US</source>
        <translation>Résidence habituelle antérieure aux États-Unis</translation>
    </message>
    <message>
        <source>How did (or will) the person enter Canada?</source>
        <translation>Comment la personne est-elle (ou sera-t-elle) entrée au Canada?</translation>
    </message>
    <message>
        <source>A train examined at the border counts as a land port. Ferry landings count as marine ports.</source>
        <translation>Un train contrôlé à la frontière compte comme un point d&apos;entrée terrestre. Les débarcadères de traversier comptent comme des ports maritimes.</translation>
    </message>
    <message>
        <source>Way of entry</source>
        <translation>Mode d&apos;entrée</translation>
    </message>
    <message>
        <source>Is the person in transit through Canada while being removed from the United States?</source>
        <translation>La personne est-elle en transit au Canada pendant son renvoi des États-Unis?</translation>
    </message>
    <message>
        <source>Only for arrivals at an airport (IRPR 159.4(2)).</source>
        <translation>Seulement pour les arrivées à un aéroport (RIPR 159.4(2)).</translation>
    </message>
    <message>
        <source>In transit while removed from the US</source>
        <translation>En transit lors d&apos;un renvoi des États-Unis</translation>
    </message>
    <message>
        <source>Date of this entry to Canada (actual or planned)</source>
        <translation>Date de cette entrée au Canada (réelle ou prévue)</translation>
    </message>
    <message>
        <source>Date of entry</source>
        <translation>Date d&apos;entrée</translation>
    </message>
    <message>
        <source>Date of the first entry to Canada after 24 June 2020</source>
        <translation>Date de la première entrée au Canada après le 24 juin 2020</translation>
    </message>
    <message>
        <source>Leave empty if it is this entry. A date on or before 24 June 2020 is not accepted — give the first entry after it. Leaving Canada and coming back does not restart the one-year clock.</source>
        <translation>Laissez vide s&apos;il s&apos;agit de cette entrée. Une date du 24 juin 2020 ou antérieure n&apos;est pas acceptée — indiquez la première entrée après cette date. Quitter le Canada et revenir ne remet pas à zéro le délai d&apos;un an.</translation>
    </message>
    <message>
        <source>First entry after 24 June 2020</source>
        <translation>Première entrée après le 24 juin 2020</translation>
    </message>
    <message>
        <source>Date the refugee claim is or will be made</source>
        <translation>Date à laquelle la demande d&apos;asile est ou sera présentée</translation>
    </message>
    <message>
        <source>YYYY-MM-DD. Several rules count days from the entry to this date.</source>
        <translation>AAAA-MM-JJ. Plusieurs règles comptent les jours entre l&apos;entrée et cette date.</translation>
    </message>
    <message>
        <source>Date of the claim</source>
        <translation>Date de la demande</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Used to know whether the person is under 18 on the claim date.</source>
        <translation>Sert à savoir si la personne a moins de 18 ans à la date de la demande.</translation>
    </message>
    <message>
        <source>Is the child with their mother, father or legal guardian?</source>
        <translation>L&apos;enfant est-il accompagné de sa mère, de son père ou de son tuteur légal?</translation>
    </message>
    <message>
        <source>For people under 18 on the claim date (IRPR 159.5(e)).</source>
        <translation>Pour les personnes de moins de 18 ans à la date de la demande (RIPR 159.5e)).</translation>
    </message>
    <message>
        <source>Child with a parent or guardian</source>
        <translation>Enfant accompagné d&apos;un parent ou tuteur</translation>
    </message>
    <message>
        <source>Does the child have a spouse or common-law partner?</source>
        <translation>L&apos;enfant a-t-il un époux ou un conjoint de fait?</translation>
    </message>
    <message>
        <source>For people under 18 on the claim date.</source>
        <translation>Pour les personnes de moins de 18 ans à la date de la demande.</translation>
    </message>
    <message>
        <source>Child has a spouse or partner</source>
        <translation>Enfant ayant un époux ou conjoint</translation>
    </message>
    <message>
        <source>Is any mother, father or legal guardian of the child in Canada or the United States?</source>
        <translation>La mère, le père ou un tuteur légal de l&apos;enfant se trouve-t-il au Canada ou aux États-Unis?</translation>
    </message>
    <message>
        <source>Parent or guardian in Canada or the US</source>
        <translation>Parent ou tuteur au Canada ou aux États-Unis</translation>
    </message>
    <message>
        <source>Relatives in Canada</source>
        <translation>Membres de la parenté au Canada</translation>
    </message>
    <message>
        <source>For each relative, the relationship, whether they are 18 or over, and their status in Canada.</source>
        <translation>Pour chaque personne, le lien de parenté, si elle a 18 ans ou plus, et son statut au Canada.</translation>
    </message>
    <message>
        <source>Documents the person holds</source>
        <translation>Documents que la personne détient</translation>
    </message>
    <message>
        <source>Canadian visas, permits and travel documents.</source>
        <translation>Visas, permis et titres de voyage canadiens.</translation>
    </message>
    <message>
        <source>Documents held</source>
        <translation>Documents détenus</translation>
    </message>
    <message>
        <source>Can the person travel to Canada without a visa?</source>
        <translation>La personne peut-elle se rendre au Canada sans visa?</translation>
    </message>
    <message>
        <source>Because of their citizenship (IRPR 159.5(g)).</source>
        <translation>En raison de sa citoyenneté (RIPR 159.5g)).</translation>
    </message>
    <message>
        <source>No visa needed for Canada</source>
        <translation>Aucun visa requis pour le Canada</translation>
    </message>
    <message>
        <source>Does the person need a visa to enter the United States?</source>
        <translation>La personne a-t-elle besoin d&apos;un visa pour entrer aux États-Unis?</translation>
    </message>
    <message>
        <source>Visa needed for the US</source>
        <translation>Visa requis pour les États-Unis</translation>
    </message>
    <message>
        <source>Is the person being returned to Canada after the US refused entry without deciding an asylum claim?</source>
        <translation>La personne est-elle renvoyée au Canada après un refus d&apos;entrée aux États-Unis sans décision sur une demande d&apos;asile?</translation>
    </message>
    <message>
        <source>An exception to the Safe Third Country Agreement whose citation is not confirmed; a lawyer must check it.</source>
        <translation>Une exception à l&apos;Entente sur les tiers pays sûrs dont la référence n&apos;est pas confirmée; un avocat doit la vérifier.</translation>
    </message>
    <message>
        <source>Returned after a US refusal without a decision</source>
        <translation>Renvoi après un refus américain sans décision</translation>
    </message>
    <message>
        <source>Is the person a Canadian permanent resident removed from the US to Canada?</source>
        <translation>La personne est-elle un résident permanent du Canada renvoyé des États-Unis vers le Canada?</translation>
    </message>
    <message>
        <source>Permanent resident removed from the US</source>
        <translation>Résident permanent renvoyé des États-Unis</translation>
    </message>
    <message>
        <source>Is the person charged with or convicted of an offence punishable by death, in the US or elsewhere?</source>
        <translation>La personne est-elle accusée ou reconnue coupable d&apos;une infraction punissable de mort, aux États-Unis ou ailleurs?</translation>
    </message>
    <message>
        <source>IRPR 159.6.</source>
        <translation>RIPR 159.6.</translation>
    </message>
    <message>
        <source>Offence punishable by death</source>
        <translation>Infraction punissable de mort</translation>
    </message>
    <message>
        <source>Earlier refugee or asylum claims</source>
        <translation>Demandes d&apos;asile antérieures</translation>
    </message>
    <message>
        <source>Every earlier claim, in Canada or elsewhere, with its outcome. An empty list means none.</source>
        <translation>Toute demande antérieure, au Canada ou ailleurs, avec son issue. Une liste vide signifie aucune.</translation>
    </message>
    <message>
        <source>Earlier claims</source>
        <translation>Demandes antérieures</translation>
    </message>
    <message>
        <source>Any convictions, or allegations of security concerns or war crimes?</source>
        <translation>Des condamnations, ou des allégations de risque pour la sécurité ou de crimes de guerre?</translation>
    </message>
    <message>
        <source>Answer &quot;unsure&quot; rather than guess.</source>
        <translation>Répondez « incertain » plutôt que de deviner.</translation>
    </message>
    <message>
        <source>Convictions or security concerns</source>
        <translation>Condamnations ou questions de sécurité</translation>
    </message>
    <message>
        <source>Is there a removal order against the person in Canada?</source>
        <translation>La personne fait-elle l&apos;objet d&apos;une mesure de renvoi au Canada?</translation>
    </message>
    <message>
        <source>A claim cannot be made once a removal order is made (IRPA 99(3)).</source>
        <translation>Une demande ne peut être présentée une fois la mesure de renvoi prise (LIPR 99(3)).</translation>
    </message>
    <message>
        <source>Removal order in Canada</source>
        <translation>Mesure de renvoi au Canada</translation>
    </message>
    <message>
        <source>at a land port of entry</source>
        <translation>à un point d&apos;entrée terrestre</translation>
    </message>
    <message>
        <source>between ports of entry</source>
        <translation>entre les points d&apos;entrée</translation>
    </message>
    <message>
        <source>at an airport</source>
        <translation>à un aéroport</translation>
    </message>
    <message>
        <source>at a marine port or ferry landing</source>
        <translation>à un port maritime ou un débarcadère</translation>
    </message>
    <message>
        <source>charged</source>
        <translation>accusée</translation>
    </message>
    <message>
        <source>convicted</source>
        <translation>reconnue coupable</translation>
    </message>
    <message>
        <source>spouse</source>
        <translation>époux ou épouse</translation>
    </message>
    <message>
        <source>common-law partner</source>
        <translation>conjoint de fait</translation>
    </message>
    <message>
        <source>legal guardian</source>
        <translation>tuteur légal</translation>
    </message>
    <message>
        <source>child</source>
        <translation>enfant</translation>
    </message>
    <message>
        <source>father</source>
        <translation>père</translation>
    </message>
    <message>
        <source>mother</source>
        <translation>mère</translation>
    </message>
    <message>
        <source>brother</source>
        <translation>frère</translation>
    </message>
    <message>
        <source>sister</source>
        <translation>sœur</translation>
    </message>
    <message>
        <source>grandfather</source>
        <translation>grand-père</translation>
    </message>
    <message>
        <source>grandmother</source>
        <translation>grand-mère</translation>
    </message>
    <message>
        <source>grandchild</source>
        <translation>petit-enfant</translation>
    </message>
    <message>
        <source>uncle</source>
        <translation>oncle</translation>
    </message>
    <message>
        <source>aunt</source>
        <translation>tante</translation>
    </message>
    <message>
        <source>nephew</source>
        <translation>neveu</translation>
    </message>
    <message>
        <source>niece</source>
        <translation>nièce</translation>
    </message>
    <message>
        <source>cousin</source>
        <translation>cousin ou cousine</translation>
    </message>
    <message>
        <source>in-law</source>
        <translation>belle-famille</translation>
    </message>
    <message>
        <source>friend</source>
        <translation>ami ou amie</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>half-brother or half-sister</source>
        <translation>demi-frère ou demi-sœur</translation>
    </message>
    <message>
        <source>step-parent</source>
        <translation>beau-parent</translation>
    </message>
    <message>
        <source>step-brother or step-sister</source>
        <translation>quasi-frère ou quasi-sœur</translation>
    </message>
    <message>
        <source>stepchild</source>
        <translation>enfant du conjoint</translation>
    </message>
    <message>
        <source>Canadian citizen</source>
        <translation>citoyen canadien</translation>
    </message>
    <message>
        <source>permanent resident</source>
        <translation>résident permanent</translation>
    </message>
    <message>
        <source>protected person</source>
        <translation>personne protégée</translation>
    </message>
    <message>
        <source>removal order stayed</source>
        <translation>sursis de la mesure de renvoi</translation>
    </message>
    <message>
        <source>refugee claim referred to the IRB</source>
        <translation>demande d&apos;asile déférée à la CISR</translation>
    </message>
    <message>
        <source>refugee claim ended</source>
        <translation>demande d&apos;asile terminée</translation>
    </message>
    <message>
        <source>work permit</source>
        <translation>permis de travail</translation>
    </message>
    <message>
        <source>work permit that does not count (IRPR 206(b) or 209)</source>
        <translation>permis de travail qui ne compte pas (RIPR 206b) ou 209)</translation>
    </message>
    <message>
        <source>study permit</source>
        <translation>permis d&apos;études</translation>
    </message>
    <message>
        <source>study permit no longer valid</source>
        <translation>permis d&apos;études non valide</translation>
    </message>
    <message>
        <source>visitor</source>
        <translation>visiteur</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>sans statut</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>permanent resident visa</source>
        <translation>visa de résident permanent</translation>
    </message>
    <message>
        <source>temporary resident visa</source>
        <translation>visa de résident temporaire</translation>
    </message>
    <message>
        <source>temporary resident permit</source>
        <translation>permis de séjour temporaire</translation>
    </message>
    <message>
        <source>travel document (IRPA 31(3))</source>
        <translation>titre de voyage (LIPR 31(3))</translation>
    </message>
    <message>
        <source>refugee travel document</source>
        <translation>titre de voyage de réfugié</translation>
    </message>
    <message>
        <source>temporary travel document (IRPR 151)</source>
        <translation>titre de voyage temporaire (RIPR 151)</translation>
    </message>
    <message>
        <source>transit visa</source>
        <translation>visa de transit</translation>
    </message>
    <message>
        <source>electronic travel authorization (eTA)</source>
        <translation>autorisation de voyage électronique (AVE)</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accueillie</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>abandonnée</translation>
    </message>
    <message>
        <source>found ineligible</source>
        <translation>jugée irrecevable</translation>
    </message>
    <message>
        <source>18 or over</source>
        <translation>18 ans ou plus</translation>
    </message>
    <message>
        <source>under 18</source>
        <translation>moins de 18 ans</translation>
    </message>
    <message>
        <source>IRCC is not accepting new applications from Groups of Five or Community Sponsors from {psr_pause_from} to {psr_pause_until}. Ask a Sponsorship Agreement Holder whether it can take the case.</source>
        <translation>IRCC n&apos;accepte pas de nouvelles demandes de groupes de cinq ni de répondants communautaires du {psr_pause_from} au {psr_pause_until}. Demandez à un signataire d&apos;entente de parrainage s&apos;il peut prendre le dossier.</translation>
    </message>
    <message>
        <source>A Group of Five or Community Sponsor can only sponsor a refugee recognised by UNHCR or a foreign state; get the refugee status document first, or work with a Sponsorship Agreement Holder.</source>
        <translation>Un groupe de cinq ou un répondant communautaire ne peut parrainer qu&apos;une personne reconnue réfugiée par le HCR ou un État étranger; obtenez d&apos;abord le document de statut, ou travaillez avec un signataire d&apos;entente de parrainage.</translation>
    </message>
    <message>
        <source>The refugee must be outside every country of citizenship and outside Canada to be sponsored. Someone in Canada may be able to make a refugee claim instead.</source>
        <translation>La personne réfugiée doit se trouver hors de tout pays de citoyenneté et hors du Canada pour être parrainée. Une personne au Canada pourrait plutôt présenter une demande d&apos;asile.</translation>
    </message>
    <message>
        <source>A Group of Five needs at least {g5_minimum_members} members aged 18 or over who are citizens or permanent residents living in the community of settlement; this group has {eligible_group_members}.</source>
        <translation>Un groupe de cinq doit compter au moins {g5_minimum_members} membres de 18 ans ou plus, citoyens ou résidents permanents, vivant dans la collectivité d&apos;établissement; ce groupe en compte {eligible_group_members}.</translation>
    </message>
    <message>
        <source>The refugee lives in the United States, so an officer may find another durable solution is reasonably available there. Get advice before applying.</source>
        <translation>La personne réfugiée vit aux États-Unis; un agent pourrait conclure qu&apos;une autre solution durable y est raisonnablement possible. Obtenez un avis avant de présenter la demande.</translation>
    </message>
    <message>
        <source>For {family_size} person(s), sponsors must show about {cost_row.total:money} for 12 months: {cost_row.income_support:money} income support and {cost_row.start_up:money} start-up costs (IRCC cost table of {tables.psr_costs.date}). Sponsors are jointly responsible, for up to 36 months if required.</source>
        <translation>Pour {family_size} personne(s), les répondants doivent prévoir environ {cost_row.total:money} pour 12 mois : {cost_row.income_support:money} de soutien du revenu et {cost_row.start_up:money} de frais d&apos;installation (tableau des coûts d&apos;IRCC du {tables.psr_costs.date}). Les répondants sont solidairement responsables, jusqu&apos;à 36 mois au besoin.</translation>
    </message>
    <message>
        <source>The funds committed ({funds_committed:money}) are below the {cost_row.total:money} the cost table asks for.</source>
        <translation>Les fonds engagés ({funds_committed:money}) sont inférieurs aux {cost_row.total:money} prévus par le tableau des coûts.</translation>
    </message>
    <message>
        <source>Some answers that decide the outcome are missing or unsure: {unresolved:questions}. Find them out before relying on this screening.</source>
        <translation>Des réponses déterminantes manquent ou sont incertaines : {unresolved:questions}. Obtenez-les avant de vous fier à ce dépistage.</translation>
    </message>
    <message>
        <source>The Safe Third Country Agreement does not apply to US citizens (for them the United States is not a country other than their own).</source>
        <translation>L&apos;Entente sur les tiers pays sûrs ne s&apos;applique pas aux citoyens des États-Unis (pour eux, les États-Unis ne sont pas un pays autre que le leur).</translation>
    </message>
    <message>
        <source>The Safe Third Country Agreement does not apply to a stateless person whose former habitual residence is the United States.</source>
        <translation>L&apos;Entente sur les tiers pays sûrs ne s&apos;applique pas à une personne apatride dont le pays de résidence habituelle antérieure est les États-Unis.</translation>
    </message>
    <message>
        <source>The Safe Third Country Agreement does not apply to this way or time of entry (airports other than removal transit, marine ports, inland claims after a land-port entry, and claims 14 days or more after entering between ports or entries before 25 March 2023).</source>
        <translation>L&apos;Entente sur les tiers pays sûrs ne s&apos;applique pas à ce mode ou moment d&apos;entrée (aéroports hors transit de renvoi, ports maritimes, demandes à l&apos;intérieur après une entrée par un point d&apos;entrée terrestre, demandes présentées 14 jours ou plus après une entrée entre les points d&apos;entrée ou entrées avant le 25 mars 2023).</translation>
    </message>
    <message>
        <source>Exception likely — a family member in Canada is a Canadian citizen. Bring proof of the relationship and of their citizenship.</source>
        <translation>Exception probable — un membre de la famille au Canada est citoyen canadien. Apportez la preuve du lien de parenté et de sa citoyenneté.</translation>
    </message>
    <message>
        <source>Exception likely — a family member in Canada is a permanent resident, a protected person, or has a stayed removal order. Bring proof of the relationship and of their status.</source>
        <translation>Exception probable — un membre de la famille au Canada est résident permanent, personne protégée ou visé par un sursis de renvoi. Apportez la preuve du lien de parenté et de son statut.</translation>
    </message>
    <message>
        <source>Exception likely — an adult family member has a refugee claim referred to the IRB that is still open.</source>
        <translation>Exception probable — un membre adulte de la famille a une demande d&apos;asile déférée à la CISR toujours en cours.</translation>
    </message>
    <message>
        <source>Exception likely — an adult family member holds a valid work or study permit in Canada.</source>
        <translation>Exception probable — un membre adulte de la famille détient un permis de travail ou d&apos;études valide au Canada.</translation>
    </message>
    <message>
        <source>Exception likely — an unaccompanied minor with no spouse and no parent or legal guardian in Canada or the United States.</source>
        <translation>Exception probable — mineur non accompagné, sans époux ni parent ou tuteur légal au Canada ou aux États-Unis.</translation>
    </message>
    <message>
        <source>Exception likely — the person holds a Canadian visa, permit or travel document that counts (a transit visa or an eTA does not).</source>
        <translation>Exception probable — la personne détient un visa, un permis ou un titre de voyage canadien admissible (un visa de transit ou une AVE ne suffit pas).</translation>
    </message>
    <message>
        <source>Exception likely — the person needs no visa for Canada but needs one for the United States.</source>
        <translation>Exception probable — la personne n&apos;a pas besoin de visa pour le Canada mais en a besoin pour les États-Unis.</translation>
    </message>
    <message>
        <source>Exception likely — the person was returned from the United States without a decision on an asylum claim, or is a permanent resident removed from the US.</source>
        <translation>Exception probable — la personne a été renvoyée des États-Unis sans décision sur une demande d&apos;asile, ou est un résident permanent renvoyé des États-Unis.</translation>
    </message>
    <message>
        <source>Exception likely — the person is charged with or convicted of an offence punishable by death. Get legal help now.</source>
        <translation>Exception probable — la personne est accusée ou reconnue coupable d&apos;une infraction punissable de mort. Obtenez de l&apos;aide juridique dès maintenant.</translation>
    </message>
    <message>
        <source>The Safe Third Country Agreement applies and no exception was found. The person is likely to be returned to the United States at the border, with no pre-removal risk assessment. Get legal help before the claim is made.</source>
        <translation>L&apos;Entente sur les tiers pays sûrs s&apos;applique et aucune exception n&apos;a été trouvée. La personne sera probablement renvoyée aux États-Unis à la frontière, sans examen des risques avant renvoi. Obtenez de l&apos;aide juridique avant de présenter la demande.</translation>
    </message>
    <message>
        <source>A refugee claim was already accepted in Canada; a new claim is not eligible.</source>
        <translation>Une demande d&apos;asile a déjà été accueillie au Canada; une nouvelle demande n&apos;est pas recevable.</translation>
    </message>
    <message>
        <source>A refugee claim was rejected in Canada; a new claim is not eligible. A pre-removal risk assessment is possible only 12 months after the last decision.</source>
        <translation>Une demande d&apos;asile a été rejetée au Canada; une nouvelle demande n&apos;est pas recevable. Un examen des risques avant renvoi n&apos;est possible que 12 mois après la dernière décision.</translation>
    </message>
    <message>
        <source>The claim would be made more than one year after the first entry to Canada after 24 June 2020 (last day within the year — {one_year_limit}). Leaving and re-entering does not restart the clock.</source>
        <translation>La demande serait présentée plus d&apos;un an après la première entrée au Canada après le 24 juin 2020 (dernier jour dans l&apos;année — {one_year_limit}). Quitter le Canada et revenir ne remet pas le délai à zéro.</translation>
    </message>
    <message>
        <source>The person entered between ports of entry and the claim is made 14 days or more after that entry ({d} days).</source>
        <translation>La personne est entrée entre les points d&apos;entrée et la demande est présentée 14 jours ou plus après cette entrée ({d} jours).</translation>
    </message>
    <message>
        <source>An earlier claim in Canada was found ineligible, withdrawn or abandoned; a new claim is not eligible.</source>
        <translation>Une demande antérieure au Canada a été jugée irrecevable, retirée ou abandonnée; une nouvelle demande n&apos;est pas recevable.</translation>
    </message>
    <message>
        <source>An earlier claim was made in the United States, the United Kingdom, Australia or New Zealand (whatever its outcome); the claim is not eligible for the IRB.</source>
        <translation>Une demande antérieure a été présentée aux États-Unis, au Royaume-Uni, en Australie ou en Nouvelle-Zélande (quelle qu&apos;en soit l&apos;issue); la demande n&apos;est pas recevable devant la CISR.</translation>
    </message>
    <message>
        <source>The person was recognised as a refugee in another country and can likely be returned there; the claim is not eligible.</source>
        <translation>La personne a été reconnue réfugiée dans un autre pays et peut probablement y être renvoyée; la demande n&apos;est pas recevable.</translation>
    </message>
    <message>
        <source>A removal order has been made against the person in Canada; a refugee claim can no longer be made.</source>
        <translation>Une mesure de renvoi a été prise contre la personne au Canada; une demande d&apos;asile ne peut plus être présentée.</translation>
    </message>
    <message>
        <source>A pre-removal risk assessment (PRRA) should be available. Apply within 15 days of the notice (22 days if it was mailed); written submissions can be sent until day 30.</source>
        <translation>Un examen des risques avant renvoi (ERAR) devrait être possible. Présentez la demande dans les 15 jours de l&apos;avis (22 jours s&apos;il a été posté); les observations écrites peuvent être envoyées jusqu&apos;au 30e jour.</translation>
    </message>
    <message>
        <source>A pre-removal risk assessment (PRRA) is possible only 12 months after the last decision on the earlier claim (IRPA 112(2)(b.1)). Once it is possible, apply within 15 days of the notice (22 days if it was mailed); written submissions can be sent until day 30.</source>
        <translation>Un examen des risques avant renvoi (ERAR) n&apos;est possible que 12 mois après la dernière décision sur la demande antérieure (LIPR 112(2)b.1)). Dès qu&apos;il est possible, présentez la demande dans les 15 jours de l&apos;avis (22 jours s&apos;il a été posté); les observations écrites peuvent être envoyées jusqu&apos;au 30e jour.</translation>
    </message>
    <message>
        <source>The only bar is an earlier claim in the US, UK, Australia or New Zealand, so the risk assessment includes a hearing.</source>
        <translation>Le seul obstacle est une demande antérieure aux États-Unis, au Royaume-Uni, en Australie ou en Nouvelle-Zélande; l&apos;examen des risques comprend donc une audience.</translation>
    </message>
    <message>
        <source>A US citizen can make a refugee claim, but claims rarely succeed because state protection is presumed. Also look at Express Entry, family sponsorship, work and study permits, and provincial nominee programs.</source>
        <translation>Un citoyen des États-Unis peut demander l&apos;asile, mais ces demandes aboutissent rarement car la protection de l&apos;État est présumée. Examinez aussi Entrée express, le parrainage familial, les permis de travail et d&apos;études et les programmes des candidats des provinces.</translation>
    </message>
    <message>
        <source>The person is under 18 ({age}) on the claim date. The IRB must name a designated representative; detention is a last resort; consider a child-welfare referral.</source>
        <translation>La personne a moins de 18 ans ({age}) à la date de la demande. La CISR doit désigner un représentant; la détention est un dernier recours; envisagez un signalement aux services de protection de l&apos;enfance.</translation>
    </message>
    <message>
        <source>The dates are decisive here (14 days after entering between ports, or one year after the first entry). Get legal advice now.</source>
        <translation>Les dates sont déterminantes ici (14 jours après une entrée entre les points d&apos;entrée, ou un an après la première entrée). Obtenez un avis juridique dès maintenant.</translation>
    </message>
    <message>
        <source>A relative&apos;s relationship (half- or step-family) is unclear in law, or a family member&apos;s status in Canada is unknown; either may still give an exception. Check with a lawyer.</source>
        <translation>Le lien de parenté d&apos;un membre de la parenté (demi-frère ou demi-sœur, famille recomposée) est incertain en droit, ou le statut d&apos;un membre de la famille au Canada est inconnu; l&apos;un ou l&apos;autre pourrait tout de même donner lieu à une exception. Vérifiez auprès d&apos;un avocat.</translation>
    </message>
    <message>
        <source>The person holds a study or work permit but none of the documents that give an exception. Check whether a visa or other document was issued with the permit.</source>
        <translation>La personne détient un permis d&apos;études ou de travail, mais aucun des documents qui donnent une exception. Vérifiez si un visa ou un autre document a été délivré avec le permis.</translation>
    </message>
    <message>
        <source>Criminality, security or war-crimes concerns can make the claim ineligible. A lawyer must review this.</source>
        <translation>La criminalité, la sécurité ou des allégations de crimes de guerre peuvent rendre la demande irrecevable. Un avocat doit examiner la situation.</translation>
    </message>
    <message>
        <source>The law leaves this point open — whether the death-penalty exception covers an entry between ports, and it is the only exception here. A lawyer must confirm it.</source>
        <translation>Le droit laisse ce point ouvert — l&apos;exception de la peine de mort couvre-t-elle une entrée entre les points d&apos;entrée? C&apos;est la seule exception ici. Un avocat doit le confirmer.</translation>
    </message>
    <message>
        <source>The exception for people returned from the United States could not be confirmed in the consolidated regulations. A lawyer must confirm it before anyone relies on it.</source>
        <translation>L&apos;exception visant les personnes renvoyées des États-Unis n&apos;a pas pu être confirmée dans les règlements codifiés. Un avocat doit la confirmer avant qu&apos;on s&apos;y fie.</translation>
    </message>
    <message>
        <source>The law leaves this point open — whether the 14-day bar for entries between ports applies to a US citizen. A lawyer must confirm it.</source>
        <translation>Le droit laisse ce point ouvert — l&apos;interdiction de 14 jours pour une entrée entre les points d&apos;entrée s&apos;applique-t-elle à un citoyen des États-Unis? Un avocat doit le confirmer.</translation>
    </message>
</context>
<context>
    <name>today.actions</name>
    <message>
        <source>A volunteer can only update follow-ups assigned to them.</source>
        <translation>Un bénévole ne peut mettre à jour que les suivis qui lui sont attribués.</translation>
    </message>
    <message>
        <source>Marked done: {title}.</source>
        <translation>Marqué comme fait&#xa0;: {title}.</translation>
    </message>
    <message>
        <source>Reschedule follow-up</source>
        <translation>Reporter le suivi</translation>
    </message>
    <message>
        <source>&amp;New date</source>
        <translation>&amp;Nouvelle date</translation>
    </message>
    <message>
        <source>&amp;Reschedule</source>
        <translation>Re&amp;porter</translation>
    </message>
    <message>
        <source>Rescheduled to {date}: {title}.</source>
        <translation>Reporté au {date}&#xa0;: {title}.</translation>
    </message>
    <message>
        <source>Cancel follow-up</source>
        <translation>Annuler le suivi</translation>
    </message>
    <message>
        <source>&amp;Why (optional)</source>
        <translation>&amp;Pourquoi (facultatif)</translation>
    </message>
    <message>
        <source>for example: the partner closed the case</source>
        <translation>par exemple&#xa0;: le partenaire a fermé le dossier</translation>
    </message>
    <message>
        <source>Cancel &amp;follow-up</source>
        <translation>Annuler le &amp;suivi</translation>
    </message>
    <message>
        <source>Cancelled: {title}.</source>
        <translation>Annulé&#xa0;: {title}.</translation>
    </message>
</context>
<context>
    <name>today.page</name>
    <message>
        <source>Due today</source>
        <translation>Prévus aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Nothing is due today.</source>
        <translation>Rien n&apos;est prévu aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>Rien n&apos;est en retard.</translation>
    </message>
    <message>
        <source>Nothing else is due in the next seven days.</source>
        <translation>Rien d&apos;autre n&apos;est prévu dans les sept prochains jours.</translation>
    </message>
</context>
</TS>
