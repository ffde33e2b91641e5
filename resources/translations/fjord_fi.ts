<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Fjord</source>
        <translation>Tietoja Fjordista</translation>
    </message>
    <message>
        <source>A desktop client for Aiven projects and cloud regions.</source>
        <translation>Työpöytäsovellus Aiven-projekteille ja pilvialueille.</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Tietoja</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Lisenssi</translation>
    </message>
    <message>
        <source>&amp;Data and credits</source>
        <translation>&amp;Aineistot ja tekijät</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Tietoja &amp;Qt:sta</translation>
    </message>
</context>
<context>
    <name>ActivityWindow</name>
    <message>
        <source>Activity – Fjord</source>
        <translation>Toiminta – Fjord</translation>
    </message>
    <message>
        <source>Filter by method, path, status or error</source>
        <translation>Suodata metodin, polun, tilan tai virheen mukaan</translation>
    </message>
    <message>
        <source>&amp;Failed only</source>
        <translation>Vain &amp;epäonnistuneet</translation>
    </message>
    <message>
        <source>F&amp;ollow new requests</source>
        <translation>S&amp;euraa uusia pyyntöjä</translation>
    </message>
    <message>
        <source>&amp;Copy All</source>
        <translation>&amp;Kopioi kaikki</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Tyhjennä</translation>
    </message>
</context>
<context>
    <name>CommandLineOptions</name>
    <message>
        <source>Use the Aiven API at &lt;url&gt; instead of https://api.aiven.io (&quot;/v1&quot; is appended). The AIVEN_WEB_URL environment variable does the same.</source>
        <translation>Käytä Aiven-rajapintaa osoitteessa &lt;url&gt; osoitteen https://api.aiven.io sijaan (perään lisätään &quot;/v1&quot;). Ympäristömuuttuja AIVEN_WEB_URL tekee saman.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Open on the built-in local sandbox, even when a token is configured.</source>
        <translation>Avaa sisäänrakennettu paikallinen hiekkalaatikko, vaikka tunniste olisi määritetty.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Näytä tämä ohje ja lopeta.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Näytä versio ja lopeta.</translation>
    </message>
    <message>
        <source>Fjord: a desktop client for Aiven projects and cloud regions.

The token comes from the AIVEN_AUTH_TOKEN environment variable or the sign-in screen. With no token and no --api-url, Fjord opens on a local sandbox.</source>
        <translation>Fjord: työpöytäsovellus Aiven-projekteille ja pilvialueille.

Tunniste luetaan ympäristömuuttujasta AIVEN_AUTH_TOKEN tai kirjautumisnäkymästä. Ilman tunnistetta ja --api-url-valitsinta Fjord avautuu paikalliseen hiekkalaatikkoon.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Odottamaton argumentti: %1</translation>
    </message>
    <message>
        <source>Not a usable API URL: %1 (expected e.g. https://api.aiven.io)</source>
        <translation>Käyttökelvoton rajapinnan osoite: %1 (odotettiin esim. https://api.aiven.io)</translation>
    </message>
    <message>
        <source>--sandbox and --api-url cannot be used together.</source>
        <translation>Valitsimia --sandbox ja --api-url ei voi käyttää yhdessä.</translation>
    </message>
    <message>
        <source>Try &apos;fjord --help&apos; for more.</source>
        <translation>Lisätietoja: &apos;fjord --help&apos;.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Fjord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only projects whose name, cloud, account or tags contain these words (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, cloud, account or tag (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry loading projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a project (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected project (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected project (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the project list (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the project list (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the focus to the selected project&apos;s details (Enter in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Tietoja &amp;Qt:sta</translation>
    </message>
</context>
<context>
    <name>ProjectDeleteDialog</name>
    <message>
        <source>Delete Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete project?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the project name to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the project name to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectDetailsWidget</name>
    <message>
        <source>Select a project to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Name to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Account ID to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Organization ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Organization ID to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default cloud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End-of-life extensions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End-of-life extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing group ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing group ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Billing group ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Billing group ID to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated balance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated balance (USD):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated balance (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available credits (USD):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available credits (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice extra text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice extra text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing emails:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing email addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical emails:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical contact email addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectEditDialog</name>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project settings sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. analytics-staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project name: rule or error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Billing group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing group: error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;cloud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick on &amp;Map...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the default cloud on a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default cloud: error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;py settings from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy settings from project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy tags from the source project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use its billing &amp;group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the billing group of the source project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy settings from: error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags and Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;echnical emails:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing a&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street and number, one line each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing address: error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ZIP code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;ate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State or region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing country: error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VAT ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT ID: error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currenc&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing currency: error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing e&amp;mails:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectForm</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add %1=%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change %1: %2%3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project cannot copy its settings from itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy settings from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectValidation</name>
    <message>
        <source>a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 to 63 characters: lowercase letters, digits and hyphens, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use lowercase letters only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the name with a letter (a to z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underscores are not allowed: use a hyphen instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not allowed: use lowercase letters, digits and hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at most %1 characters (this name has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have a project with this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email address can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email address cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email address needs an @, as in name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the part before the @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email address can have only one @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before the @ can have at most 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before the @ cannot start or end with a dot, or have two dots in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the domain after the @, as in name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 addresses are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a tag key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag key can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag key must start with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not allowed in a tag key: use letters, digits, _ and -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag value can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key “%1” is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project can have at most %1 tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a known two-letter country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a billing currency Aiven accepts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fjord</name>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 contains no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fjord::AboutDialog</name>
    <message>
        <source>About Fjord</source>
        <translation>Tietoja Fjordista</translation>
    </message>
    <message>
        <source>Fjord icon</source>
        <translation>Fjordin kuvake</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versio %1</translation>
    </message>
    <message>
        <source>Fjord lists your Aiven projects, creates, edits and deletes them, and shows every Aiven cloud region on an offline world map. A built-in sandbox lets you try it all without an account.</source>
        <translation>Fjord listaa Aiven-projektisi, luo, muokkaa ja poistaa niitä sekä näyttää kaikki Aivenin pilvialueet maailmankartalla ilman verkkoyhteyttä. Sisäänrakennetulla hiekkalaatikolla voit kokeilla kaikkea ilman tiliä.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2 (%3).</source>
        <translation>Koostettu Qt-versiolla %1, käytössä Qt %2 (%3).</translation>
    </message>
    <message>
        <source>Fjord is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It comes with ABSOLUTELY NO WARRANTY.</source>
        <translation>Fjord on vapaa ohjelma: voit levittää ja muokata sitä Free Software Foundationin julkaiseman GNU General Public License -lisenssin ehtojen mukaisesti, joko lisenssin version 3 tai (valintasi mukaan) minkä tahansa myöhemmän version. Ohjelmalla EI OLE MINKÄÄNLAISTA TAKUUTA.</translation>
    </message>
    <message>
        <source>GNU General Public License, version 3</source>
        <translation>GNU General Public License, versio 3</translation>
    </message>
    <message>
        <source>Cloud regions</source>
        <translation>Pilvialueet</translation>
    </message>
    <message>
        <source>The list of Aiven clouds (names, descriptions, providers and coordinates) comes from Aiven&apos;s public API, &lt;code&gt;GET /v1/clouds&lt;/code&gt;, as published in Aiven&apos;s documentation. It lets the map work offline and seeds the sandbox.</source>
        <translation>Aivenin pilvien luettelo (nimet, kuvaukset, palveluntarjoajat ja koordinaatit) on peräisin Aivenin julkisesta rajapinnasta, &lt;code&gt;GET /v1/clouds&lt;/code&gt;, sellaisena kuin se on julkaistu Aivenin dokumentaatiossa. Sen ansiosta kartta toimii ilman verkkoyhteyttä, ja hiekkalaatikko saa siitä alkutietonsa.</translation>
    </message>
    <message>
        <source>World map</source>
        <translation>Maailmankartta</translation>
    </message>
    <message>
        <source>Made with Natural Earth. Free vector and raster map data @ &lt;a href=&quot;https://www.naturalearthdata.com&quot;&gt;naturalearthdata.com&lt;/a&gt; (public domain), as TopoJSON from the &lt;a href=&quot;https://github.com/topojson/world-atlas&quot;&gt;world-atlas&lt;/a&gt; package by Mike Bostock (ISC licence).</source>
        <translation>Tehty Natural Earth -aineistolla. Vapaata vektori- ja rasterikartta-aineistoa @ &lt;a href=&quot;https://www.naturalearthdata.com&quot;&gt;naturalearthdata.com&lt;/a&gt; (public domain), TopoJSON-muodossa Mike Bostockin &lt;a href=&quot;https://github.com/topojson/world-atlas&quot;&gt;world-atlas&lt;/a&gt;-paketista (ISC-lisenssi).</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Kirjastot</translation>
    </message>
    <message>
        <source>Qt (GPL-3.0 and LGPL-3.0), including Qt HttpServer for the sandbox (GPL-3.0); QtKeychain (BSD-2-Clause) for the system keychain.</source>
        <translation>Qt (GPL-3.0 ja LGPL-3.0), mukaan lukien hiekkalaatikon käyttämä Qt HttpServer (GPL-3.0); QtKeychain (BSD-2-Clause) järjestelmän avainnippua varten.</translation>
    </message>
    <message>
        <source>Data and credits</source>
        <translation>Aineistot ja tekijät</translation>
    </message>
    <message>
        <source>About, licence and credits</source>
        <translation>Tietoja, lisenssi ja tekijät</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Tietoja Qt:sta</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
</context>
<context>
    <name>fjord::ActivityWindow</name>
    <message>
        <source>Activity – Fjord</source>
        <translation>Toiminta – Fjord</translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation>Suodata pyyntöjä</translation>
    </message>
    <message>
        <source>Show failed requests only</source>
        <translation>Näytä vain epäonnistuneet pyynnöt</translation>
    </message>
    <message>
        <source>Follow new requests</source>
        <translation>Seuraa uusia pyyntöjä</translation>
    </message>
    <message>
        <source>Copy all requests</source>
        <translation>Kopioi kaikki pyynnöt</translation>
    </message>
    <message>
        <source>Clear the request log</source>
        <translation>Tyhjennä pyyntöloki</translation>
    </message>
    <message>
        <source>API requests</source>
        <translation>Rajapintapyynnöt</translation>
    </message>
    <message>
        <source>Request summary</source>
        <translation>Pyyntöjen yhteenveto</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n pyyntö</numerusform>
            <numerusform>%n pyyntöä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n epäonnistui</numerusform>
            <numerusform>%n epäonnistui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n näkyvissä</numerusform>
            <numerusform>%n näkyvissä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n request(s) to the clipboard.</source>
        <translation>
            <numerusform>Kopioitiin %n pyyntö leikepöydälle.</numerusform>
            <numerusform>Kopioitiin %n pyyntöä leikepöydälle.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fjord::ApiError</name>
    <message>
        <source>the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large to accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer Fjord does not understand. Check the API URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not establish a secure connection to %1. Check the API URL and the system certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find %1. Check the API URL and your network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was closed before the answer arrived. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1. Check your network connection and the API URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the request as invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has expired or the token is not valid. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project cannot be deleted while it has an open balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project cannot be deleted while it has unused credits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not a member of this project. A new project can take a moment to become available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed. Check your email and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user account is deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project does not exist. It may have been deleted or renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested item was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project with this name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request conflicts with the current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request conflicts with the current state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests. Try again in %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A two-factor authentication code is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Aiven API had an internal error. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Aiven API is temporarily unavailable (HTTP %1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fjord::ApiUrlPolicy</name>
    <message>
        <source>Enter the API URL, for example https://api.aiven.io.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API URL must not contain a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API URL must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API URL must use HTTPS. Plain HTTP is only allowed for this computer (localhost, 127.0.0.1 or ::1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fjord::AvnCredentials</name>
    <message>
        <source>avn&apos;s credentials file was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avn&apos;s credentials file is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avn&apos;s credentials file is too large to be a credentials file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avn&apos;s credentials file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avn&apos;s credentials file is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avn&apos;s credentials file has no token (&quot;auth_token&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avn&apos;s credentials file has an empty token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token in avn&apos;s credentials file is not a valid token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fjord::CallStatusLine</name>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Show error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fjord::CloudCatalog</name>
    <message>
        <source>The server returned no cloud regions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fjord::CloudListModel</name>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default cloud of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fjord::CountryComboBox</name>
    <message>
        <source>(No country)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown country (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fjord::CredentialStore</name>
    <message>
        <source>The keychain is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the token file could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token file could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fjord::EmailListEditor</name>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: new address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: add address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 addresses are allowed: remove one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fjord::MainWindow</name>
    <message>
        <source>&amp;Reset Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fjord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fjord — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created project “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved project “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted project “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading projects…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No projects yet: create one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project holds your services and their billing settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No projects match “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter looks at names, clouds, accounts and tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not refresh the list: %1 The rows shown may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n project(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refresh failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refreshed %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fjord::Profile</name>
    <message>
        <source>Local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fjord::ProjectDeleteDialog</name>
    <message>
        <source>Delete Project – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the project “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The project and its settings, tags and contacts are removed for good. &lt;b&gt;This cannot be undone.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Delete the project&apos;s services first. A project with an open balance or unused credits cannot be deleted.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm, type &lt;b&gt;%1&lt;/b&gt; below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the project name %1 to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has an open balance, so it cannot be deleted yet. Settle the balance (or ask your billing contact to), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” still has unused credits, so it cannot be deleted. Move or use the credits first, or contact Aiven support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” still has services. Delete them first, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to delete “%1”: only a project admin can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not deleted. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting “%1”...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fjord::ProjectDetailsWidget</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, expires %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing group ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fjord::ProjectEditDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project holds services together with their default cloud, billing group and contacts. Only the name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Project – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the fields you change are sent. You will see a summary before anything is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review Changes...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing else about the project changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing (start empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who get notices about maintenance and incidents in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the accounts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the billing groups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default for your organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading accounts...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default billing group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading billing groups...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide later (the first service picks it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming works only while every service in the project is powered off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed, so there is nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the field marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the %1 fields marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change will be sent for “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These %1 changes will be sent for “%2”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating “%1”...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the changes to “%1”...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project was not created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the field marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This name is taken. Project names are unique across all Aiven customers: try another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fjord::ProjectExportActions</name>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Vie &amp;CSV-muodossa…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Vie &amp;JSON-muodossa…</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>Kopioi c&amp;url-komentona</translation>
    </message>
    <message>
        <source>Copy as &amp;avn Command</source>
        <translation>Kopioi &amp;avn-komentona</translation>
    </message>
    <message>
        <source>Copy as &amp;Terraform</source>
        <translation>Kopioi &amp;Terraform-muodossa</translation>
    </message>
    <message>
        <source>Save the projects shown in the list as a CSV file</source>
        <translation>Tallenna listassa näkyvät projektit CSV-tiedostoksi</translation>
    </message>
    <message>
        <source>Save the projects shown in the list as JSON, in the API&apos;s shape</source>
        <translation>Tallenna listassa näkyvät projektit JSON-muodossa rajapinnan rakenteella</translation>
    </message>
    <message>
        <source>Copy the API call that would recreate the selected project (token as a placeholder)</source>
        <translation>Kopioi rajapintakutsu, joka loisi valitun projektin uudelleen (tunnisteen tilalla paikkamerkki)</translation>
    </message>
    <message>
        <source>Copy the avn command that would recreate the selected project</source>
        <translation>Kopioi avn-komento, joka loisi valitun projektin uudelleen</translation>
    </message>
    <message>
        <source>Copy an aiven_project Terraform resource for the selected project</source>
        <translation>Kopioi valitulle projektille aiven_project-resurssi Terraformia varten</translation>
    </message>
    <message>
        <source>Copied %1 as curl</source>
        <translation>Kopioitiin %1 curl-komentona</translation>
    </message>
    <message>
        <source>Copied %1 as an avn command</source>
        <translation>Kopioitiin %1 avn-komentona</translation>
    </message>
    <message>
        <source>Copied %1 as Terraform</source>
        <translation>Kopioitiin %1 Terraform-muodossa</translation>
    </message>
    <message>
        <source>Export Projects as CSV</source>
        <translation>Vie projektit CSV-muodossa</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-tiedostot (*.csv);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Export Projects as JSON</source>
        <translation>Vie projektit JSON-muodossa</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-tiedostot (*.json);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Vienti epäonnistui</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Tiedostoon %1 ei voitu kirjoittaa: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n project(s) to %1</source>
        <translation>
            <numerusform>Vietiin %n projekti tiedostoon %1</numerusform>
            <numerusform>Vietiin %n projektia tiedostoon %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fjord::ProjectListModel</name>
    <message>
        <source>Not connected to any Aiven API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice by email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing group ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated balance: %1 USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fjord::ProviderStyle</name>
    <message>
        <source>Amazon Web Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DigitalOcean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UpCloud</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fjord::RegionBrowserWidget</name>
    <message>
        <source>Search regions, e.g. &quot;frankfurt&quot; or &quot;google europe&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1 regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geographic region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your location, for &quot;Nearest first&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick on map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the map to set your location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick your location on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Near:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud regions</source>
        <translation type="unfinished">Pilvialueet</translation>
    </message>
    <message>
        <source>Picked on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n region(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fjord::RegionPickerDialog</name>
    <message>
        <source>Choose a Cloud Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a cloud region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No region selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fjord::RequestLogModel</name>
    <message>
        <source>none</source>
        <comment>no HTTP status: the request got no answer</comment>
        <translation>ei vastausta</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metodi</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Polku</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Kesto</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Virhe</translation>
    </message>
</context>
<context>
    <name>fjord::SandboxServer</name>
    <message>
        <source>Cannot listen on 127.0.0.1:%1 (is the port in use?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fjord::SessionController</name>
    <message>
        <source>Your session for %1 has ended or the token was revoked. Sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AIVEN_AUTH_TOKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again to %1 to continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sandbox at %1 (signed in as %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one-time code was not accepted. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address or password is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API did not accept this token. It may have expired or been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an API token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your email address and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the one-time code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API&apos;s answer did not contain a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is not available (%1). Sign in to %2 again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fjord::TagTableEditor</name>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fjord::TlsFailure</name>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fjord::WorldMapView</name>
    <message>
        <source>World map of cloud regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole world (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the map to set your location</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n regions&lt;/b&gt; (click to zoom in)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Selected: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab or arrow keys move between regions, Enter chooses, plus and minus zoom, Shift with arrow keys pans, 0 shows the whole world.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop client for Aiven projects and cloud regions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aiven API base URL (default %1; also AIVEN_WEB_URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on the built-in local sandbox, whatever is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fjord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local server that answers like the Aiven REST API (projects, clouds, billing groups, sign-in), on 127.0.0.1 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON file that keeps the state across restarts (default: in memory only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API token the server accepts (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid port: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
