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
        <translation>Fjord</translation>
    </message>
    <message>
        <source>Main areas</source>
        <translation>Pääalueet</translation>
    </message>
    <message>
        <source>&amp;Projects</source>
        <translation>&amp;Projektit</translation>
    </message>
    <message>
        <source>Filter projects</source>
        <translation>Suodata projekteja</translation>
    </message>
    <message>
        <source>Show only projects whose name, cloud, account or tags contain these words (Ctrl+F)</source>
        <translation>Näytä vain projektit, joiden nimessä, pilvessä, tilissä tai tunnisteissa on nämä sanat (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter by name, cloud, account or tag (Ctrl+F)</source>
        <translation>Suodata nimen, pilven, tilin tai tunnisteen mukaan (Ctrl+F)</translation>
    </message>
    <message>
        <source>Retry loading projects</source>
        <translation>Yritä ladata projektit uudelleen</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Yritä uudelleen</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projektit</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Ladataan</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Sarakkeet</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Päätyökalupalkki</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Uusi projekti…</translation>
    </message>
    <message>
        <source>Create a project (Ctrl+N)</source>
        <translation>Luo projekti (Ctrl+N)</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Edit Project…</source>
        <translation>&amp;Muokkaa projektia…</translation>
    </message>
    <message>
        <source>Edit the selected project (F2)</source>
        <translation>Muokkaa valittua projektia (F2)</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>&amp;Delete Project…</source>
        <translation>&amp;Poista projekti…</translation>
    </message>
    <message>
        <source>Delete the selected project (Delete)</source>
        <translation>Poista valittu projekti (Delete)</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>&amp;Filter Projects</source>
        <translation>&amp;Suodata projekteja</translation>
    </message>
    <message>
        <source>Filter the project list (Ctrl+F)</source>
        <translation>Suodata projektilistaa (Ctrl+F)</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Päi&amp;vitä</translation>
    </message>
    <message>
        <source>Reload the project list (F5)</source>
        <translation>Lataa projektilista uudelleen (F5)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Show &amp;Details</source>
        <translation>Näytä &amp;tiedot</translation>
    </message>
    <message>
        <source>Move the focus to the selected project&apos;s details (Enter in the list)</source>
        <translation>Siirrä kohdistus valitun projektin tietoihin (Enter listassa)</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
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
        <translation>Poista projekti</translation>
    </message>
    <message>
        <source>Delete project?</source>
        <translation>Poistetaanko projekti?</translation>
    </message>
    <message>
        <source>Type the project name to confirm:</source>
        <translation>Vahvista kirjoittamalla projektin nimi:</translation>
    </message>
    <message>
        <source>Type the project name to confirm</source>
        <translation>Vahvista kirjoittamalla projektin nimi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Valintaikkunan painikkeet</translation>
    </message>
</context>
<context>
    <name>ProjectDetailsWidget</name>
    <message>
        <source>Select a project to see its details.</source>
        <translation>Valitse projekti nähdäksesi sen tiedot.</translation>
    </message>
    <message>
        <source>Project details</source>
        <translation>Projektin tiedot</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Yleiset</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nimi:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Copy Name</source>
        <translation>Kopioi nimi</translation>
    </message>
    <message>
        <source>Copy Name to the clipboard</source>
        <translation>Kopioi nimi leikepöydälle</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopioi</translation>
    </message>
    <message>
        <source>Your role:</source>
        <translation>Roolisi:</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Roolisi</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Tili:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Tili</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>Tilin tunnus:</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Tilin tunnus</translation>
    </message>
    <message>
        <source>Copy Account ID</source>
        <translation>Kopioi tilin tunnus</translation>
    </message>
    <message>
        <source>Copy Account ID to the clipboard</source>
        <translation>Kopioi tilin tunnus leikepöydälle</translation>
    </message>
    <message>
        <source>Organization ID:</source>
        <translation>Organisaation tunnus:</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>Organisaation tunnus</translation>
    </message>
    <message>
        <source>Copy Organization ID</source>
        <translation>Kopioi organisaation tunnus</translation>
    </message>
    <message>
        <source>Copy Organization ID to the clipboard</source>
        <translation>Kopioi organisaation tunnus leikepöydälle</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Vuokralainen:</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Vuokralainen</translation>
    </message>
    <message>
        <source>Default cloud:</source>
        <translation>Oletuspilvi:</translation>
    </message>
    <message>
        <source>Default cloud</source>
        <translation>Oletuspilvi</translation>
    </message>
    <message>
        <source>Trial expires:</source>
        <translation>Kokeilu päättyy:</translation>
    </message>
    <message>
        <source>Trial expires</source>
        <translation>Kokeilu päättyy</translation>
    </message>
    <message>
        <source>Features:</source>
        <translation>Ominaisuudet:</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Ominaisuudet</translation>
    </message>
    <message>
        <source>End-of-life extensions:</source>
        <translation>Elinkaaren jatkot:</translation>
    </message>
    <message>
        <source>End-of-life extensions</source>
        <translation>Elinkaaren jatkot</translation>
    </message>
    <message>
        <source>Other fields:</source>
        <translation>Muut kentät:</translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation>Muut kentät</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Laskutus</translation>
    </message>
    <message>
        <source>Billing group:</source>
        <translation>Laskutusryhmä:</translation>
    </message>
    <message>
        <source>Billing group</source>
        <translation>Laskutusryhmä</translation>
    </message>
    <message>
        <source>Billing group ID:</source>
        <translation>Laskutusryhmän tunnus:</translation>
    </message>
    <message>
        <source>Billing group ID</source>
        <translation>Laskutusryhmän tunnus</translation>
    </message>
    <message>
        <source>Copy Billing group ID</source>
        <translation>Kopioi laskutusryhmän tunnus</translation>
    </message>
    <message>
        <source>Copy Billing group ID to the clipboard</source>
        <translation>Kopioi laskutusryhmän tunnus leikepöydälle</translation>
    </message>
    <message>
        <source>Payment method:</source>
        <translation>Maksutapa:</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Maksutapa</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>Kortti:</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kortti</translation>
    </message>
    <message>
        <source>Billing currency:</source>
        <translation>Laskutusvaluutta:</translation>
    </message>
    <message>
        <source>Billing currency</source>
        <translation>Laskutusvaluutta</translation>
    </message>
    <message>
        <source>Estimated balance:</source>
        <translation>Arvioitu saldo:</translation>
    </message>
    <message>
        <source>Estimated balance</source>
        <translation>Arvioitu saldo</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Yritys:</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <source>Billing address:</source>
        <translation>Laskutusosoite:</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Laskutusosoite</translation>
    </message>
    <message>
        <source>Address lines:</source>
        <translation>Osoiterivit:</translation>
    </message>
    <message>
        <source>Address lines</source>
        <translation>Osoiterivit</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Kaupunki:</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kaupunki</translation>
    </message>
    <message>
        <source>ZIP code:</source>
        <translation>Postinumero:</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Osavaltio:</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Osavaltio</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Maa:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>VAT ID:</source>
        <translation>ALV-tunnus:</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>ALV-tunnus</translation>
    </message>
    <message>
        <source>Invoice extra text:</source>
        <translation>Laskun lisäteksti:</translation>
    </message>
    <message>
        <source>Invoice extra text</source>
        <translation>Laskun lisäteksti</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Yhteystiedot</translation>
    </message>
    <message>
        <source>Billing emails:</source>
        <translation>Laskutuksen sähköpostit:</translation>
    </message>
    <message>
        <source>Technical emails:</source>
        <translation>Tekniset sähköpostit:</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tunnisteet</translation>
    </message>
    <message>
        <source>Balance in USD:</source>
        <translation>Saldo (USD):</translation>
    </message>
    <message>
        <source>Balance in USD</source>
        <translation>Saldo (USD)</translation>
    </message>
    <message>
        <source>Available credits:</source>
        <translation>Käytettävissä olevat hyvitykset:</translation>
    </message>
    <message>
        <source>Available credits</source>
        <translation>Käytettävissä olevat hyvitykset</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tagit:</translation>
    </message>
    <message>
        <source>Billing emails</source>
        <translation>Laskutuksen sähköpostit</translation>
    </message>
    <message>
        <source>Technical emails</source>
        <translation>Tekniset sähköpostit</translation>
    </message>
</context>
<context>
    <name>ProjectEditDialog</name>
    <message>
        <source>Project</source>
        <translation>Projekti</translation>
    </message>
    <message>
        <source>Project settings sections</source>
        <translation>Projektin asetusten osiot</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Yleiset</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Projektin nimi</translation>
    </message>
    <message>
        <source>e.g. analytics-staging</source>
        <translation>esim. analytics-staging</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Tili:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Tili</translation>
    </message>
    <message>
        <source>&amp;Billing group:</source>
        <translation>&amp;Laskutusryhmä:</translation>
    </message>
    <message>
        <source>Billing group</source>
        <translation>Laskutusryhmä</translation>
    </message>
    <message>
        <source>Default &amp;cloud:</source>
        <translation>Oletus&amp;pilvi:</translation>
    </message>
    <message>
        <source>Default cloud</source>
        <translation>Oletuspilvi</translation>
    </message>
    <message>
        <source>Pick on &amp;Map...</source>
        <translation>Valitse &amp;kartalta...</translation>
    </message>
    <message>
        <source>Pick the default cloud on a map</source>
        <translation>Valitse oletuspilvi kartalta</translation>
    </message>
    <message>
        <source>Co&amp;py settings from:</source>
        <translation>Ko&amp;pioi asetukset projektista:</translation>
    </message>
    <message>
        <source>Copy settings from project</source>
        <translation>Kopioi asetukset projektista</translation>
    </message>
    <message>
        <source>Copy &amp;tags</source>
        <translation>Kopioi &amp;tunnisteet</translation>
    </message>
    <message>
        <source>Copy tags from the source project</source>
        <translation>Kopioi tunnisteet lähdeprojektista</translation>
    </message>
    <message>
        <source>Use its billing &amp;group</source>
        <translation>Käytä sen laskutus&amp;ryhmää</translation>
    </message>
    <message>
        <source>Use the billing group of the source project</source>
        <translation>Käytä lähdeprojektin laskutusryhmää</translation>
    </message>
    <message>
        <source>Tags and Contacts</source>
        <translation>Tunnisteet ja yhteystiedot</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tunnisteet:</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tunnisteet</translation>
    </message>
    <message>
        <source>T&amp;echnical emails:</source>
        <translation>T&amp;ekniset sähköpostit:</translation>
    </message>
    <message>
        <source>Technical emails</source>
        <translation>Tekniset sähköpostit</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Laskutus</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>&amp;Yritys:</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <source>Billing a&amp;ddress:</source>
        <translation>Laskutus&amp;osoite:</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Laskutusosoite</translation>
    </message>
    <message>
        <source>Street and number, one line each</source>
        <translation>Katu ja numero, kukin omalle rivilleen</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Kaupunki:</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kaupunki</translation>
    </message>
    <message>
        <source>&amp;ZIP code:</source>
        <translation>Posti&amp;numero:</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <source>St&amp;ate:</source>
        <translation>Osa&amp;valtio:</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation>Osavaltio tai alue</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Maa:</translation>
    </message>
    <message>
        <source>Billing country</source>
        <translation>Laskutusmaa</translation>
    </message>
    <message>
        <source>&amp;VAT ID:</source>
        <translation>&amp;ALV-tunnus:</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>ALV-tunnus</translation>
    </message>
    <message>
        <source>Currenc&amp;y:</source>
        <translation>V&amp;aluutta:</translation>
    </message>
    <message>
        <source>Billing currency</source>
        <translation>Laskutusvaluutta</translation>
    </message>
    <message>
        <source>Billing e&amp;mails:</source>
        <translation>Laskutuksen säh&amp;köpostit:</translation>
    </message>
    <message>
        <source>Billing emails</source>
        <translation>Laskutuksen sähköpostit</translation>
    </message>
    <message>
        <source>Review the changes</source>
        <translation>Tarkista muutokset</translation>
    </message>
    <message>
        <source>Changes to send</source>
        <translation>Lähetettävät muutokset</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Valintaikkunan painikkeet</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Ennen</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Jälkeen</translation>
    </message>
</context>
<context>
    <name>ProjectForm</name>
    <message>
        <source>(none)</source>
        <translation>(ei mitään)</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>lisää %1</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>poista %1</translation>
    </message>
    <message>
        <source>reorder</source>
        <translation>järjestä uudelleen</translation>
    </message>
    <message>
        <source>add %1=%2</source>
        <translation>lisää %1=%2</translation>
    </message>
    <message>
        <source>change %1: %2%3%4</source>
        <translation>muuta %1: %2%3%4</translation>
    </message>
    <message>
        <source>A project cannot copy its settings from itself.</source>
        <translation>Projekti ei voi kopioida asetuksia itseltään.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Tili</translation>
    </message>
    <message>
        <source>Billing group</source>
        <translation>Laskutusryhmä</translation>
    </message>
    <message>
        <source>Default cloud</source>
        <translation>Oletuspilvi</translation>
    </message>
    <message>
        <source>Copy settings from</source>
        <translation>Kopioi asetukset projektista</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tunnisteet</translation>
    </message>
    <message>
        <source>Technical emails</source>
        <translation>Tekniset sähköpostit</translation>
    </message>
    <message>
        <source>Billing emails</source>
        <translation>Laskutuksen sähköpostit</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Laskutusosoite</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kaupunki</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Osavaltio</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>ALV-tunnus</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuutta</translation>
    </message>
    <message>
        <source>Choose a billing group of the new account: the project moves together with one of its billing groups.</source>
        <translation>Valitse uuden tilin laskutusryhmä: projekti siirtyy yhdessä jonkin sen laskutusryhmän kanssa.</translation>
    </message>
    <message>
        <source>An address can have at most %1 lines.</source>
        <translation>Osoitteessa voi olla enintään %1 riviä.</translation>
    </message>
    <message>
        <source>An address can have at most %1 characters.</source>
        <translation>Osoitteessa voi olla enintään %1 merkkiä.</translation>
    </message>
    <message>
        <source>Choose the organization the project belongs to.</source>
        <translation>Valitse organisaatio, johon projekti kuuluu.</translation>
    </message>
</context>
<context>
    <name>ProjectPermissions</name>
    <message>
        <source>Admin</source>
        <translation>Ylläpitäjä</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>Kehittäjä</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operaattori</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Vain luku</translation>
    </message>
    <message>
        <source>Organization admin</source>
        <translation>Organisaation ylläpitäjä</translation>
    </message>
    <message>
        <source>Maintain services</source>
        <translation>Palveluiden huolto</translation>
    </message>
    <message>
        <source>Recover services</source>
        <translation>Palveluiden palautus</translation>
    </message>
    <message>
        <source>Manage application users</source>
        <translation>Sovelluskäyttäjien hallinta</translation>
    </message>
    <message>
        <source>View organization event logs</source>
        <translation>Organisaation tapahtumalokien katselu</translation>
    </message>
    <message>
        <source>View billing</source>
        <translation>Laskutuksen katselu</translation>
    </message>
    <message>
        <source>Manage billing</source>
        <translation>Laskutuksen hallinta</translation>
    </message>
    <message>
        <source>Manage domains</source>
        <translation>Verkkotunnusten hallinta</translation>
    </message>
    <message>
        <source>Manage groups</source>
        <translation>Ryhmien hallinta</translation>
    </message>
    <message>
        <source>View organization networking</source>
        <translation>Organisaation verkkoasetusten katselu</translation>
    </message>
    <message>
        <source>Manage organization networking</source>
        <translation>Organisaation verkkoasetusten hallinta</translation>
    </message>
    <message>
        <source>Manage projects</source>
        <translation>Projektien hallinta</translation>
    </message>
    <message>
        <source>View carbon footprint</source>
        <translation>Hiilijalanjäljen katselu</translation>
    </message>
    <message>
        <source>Manage organization users</source>
        <translation>Organisaation käyttäjien hallinta</translation>
    </message>
    <message>
        <source>View project audit logs</source>
        <translation>Projektin tarkastuslokien katselu</translation>
    </message>
    <message>
        <source>View project event logs</source>
        <translation>Projektin tapahtumalokien katselu</translation>
    </message>
    <message>
        <source>View project integrations</source>
        <translation>Projektin integraatioiden katselu</translation>
    </message>
    <message>
        <source>Manage project integrations</source>
        <translation>Projektin integraatioiden hallinta</translation>
    </message>
    <message>
        <source>View project networking</source>
        <translation>Projektin verkkoasetusten katselu</translation>
    </message>
    <message>
        <source>Manage project networking</source>
        <translation>Projektin verkkoasetusten hallinta</translation>
    </message>
    <message>
        <source>View project permissions</source>
        <translation>Projektin oikeuksien katselu</translation>
    </message>
    <message>
        <source>View services</source>
        <translation>Palveluiden katselu</translation>
    </message>
    <message>
        <source>Manage services</source>
        <translation>Palveluiden hallinta</translation>
    </message>
    <message>
        <source>Manage service configuration</source>
        <translation>Palveluiden asetusten hallinta</translation>
    </message>
    <message>
        <source>Access data</source>
        <translation>Pääsy tietoihin</translation>
    </message>
    <message>
        <source>View service logs</source>
        <translation>Palvelulokien katselu</translation>
    </message>
    <message>
        <source>View service metrics</source>
        <translation>Palvelumittarien katselu</translation>
    </message>
    <message>
        <source>View configuration secrets</source>
        <translation>Asetusten salaisuuksien katselu</translation>
    </message>
    <message>
        <source>Manage service users</source>
        <translation>Palvelukäyttäjien hallinta</translation>
    </message>
    <message>
        <source>Only a project admin can rename the project.</source>
        <translation>Vain projektin ylläpitäjä voi nimetä projektin uudelleen.</translation>
    </message>
    <message>
        <source>Only a project admin can change the default cloud.</source>
        <translation>Vain projektin ylläpitäjä voi vaihtaa oletuspilven.</translation>
    </message>
    <message>
        <source>Only a project admin can change the technical contacts.</source>
        <translation>Vain projektin ylläpitäjä voi muuttaa teknisiä yhteyshenkilöitä.</translation>
    </message>
    <message>
        <source>Only a project admin or operator, or someone who manages the organization&apos;s projects, can change the tags.</source>
        <translation>Vain projektin ylläpitäjä tai operaattori tai organisaation projekteja hallitseva voi muuttaa tageja.</translation>
    </message>
    <message>
        <source>Only a project admin, or someone who manages the organization&apos;s projects, can change the billing group.</source>
        <translation>Vain projektin ylläpitäjä tai organisaation projekteja hallitseva voi vaihtaa laskutusryhmän.</translation>
    </message>
    <message>
        <source>Only a project admin can move the project to another account.</source>
        <translation>Vain projektin ylläpitäjä voi siirtää projektin toiselle tilille.</translation>
    </message>
    <message>
        <source>Only a project admin, or someone who manages the organization&apos;s billing, can change the billing details.</source>
        <translation>Vain projektin ylläpitäjä tai organisaation laskutusta hallitseva voi muuttaa laskutustietoja.</translation>
    </message>
    <message>
        <source>Only a project admin, or someone who manages the organization&apos;s projects, can delete the project.</source>
        <translation>Vain projektin ylläpitäjä tai organisaation projekteja hallitseva voi poistaa projektin.</translation>
    </message>
    <message>
        <source>%1 Your access: %2.</source>
        <translation>%1 Käyttöoikeutesi: %2.</translation>
    </message>
    <message>
        <source>Only a project admin can invite members, change their roles or remove them. Your access: %1.</source>
        <translation>Vain projektin ylläpitäjä voi kutsua jäseniä, vaihtaa heidän roolejaan tai poistaa heitä. Käyttöoikeutesi: %1.</translation>
    </message>
    <message>
        <source>Your access to this project (%1) does not allow changing it. Ask a project admin.</source>
        <translation>Käyttöoikeutesi tähän projektiin (%1) ei salli sen muuttamista. Pyydä projektin ylläpitäjää.</translation>
    </message>
    <message>
        <source>You can delete this project but not change it.</source>
        <translation>Voit poistaa tämän projektin mutta et muuttaa sitä.</translation>
    </message>
    <message>
        <source>You can view this project but not change it.</source>
        <translation>Voit katsoa tätä projektia mutta et muuttaa sitä.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nimeä</translation>
    </message>
    <message>
        <source>default cloud</source>
        <translation>oletuspilveä</translation>
    </message>
    <message>
        <source>technical contacts</source>
        <translation>teknisiä yhteyshenkilöitä</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>tageja</translation>
    </message>
    <message>
        <source>billing group</source>
        <translation>laskutusryhmää</translation>
    </message>
    <message>
        <source>account</source>
        <translation>tiliä</translation>
    </message>
    <message>
        <source>billing details</source>
        <translation>laskutustietoja</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 ja %2</translation>
    </message>
    <message>
        <source>You can change its %1 only, and delete it.</source>
        <translation>Voit muuttaa vain sen %1 ja poistaa sen.</translation>
    </message>
    <message>
        <source>You can change its %1 only.</source>
        <translation>Voit muuttaa vain sen %1.</translation>
    </message>
</context>
<context>
    <name>ProjectValidation</name>
    <message>
        <source>a space</source>
        <translation>välilyönti</translation>
    </message>
    <message>
        <source>3 to 63 characters: lowercase letters, digits and hyphens, starting with a letter.</source>
        <translation>3–63 merkkiä: pieniä kirjaimia, numeroita ja yhdysmerkkejä, alkaen kirjaimella.</translation>
    </message>
    <message>
        <source>Enter a name for the project.</source>
        <translation>Anna projektille nimi.</translation>
    </message>
    <message>
        <source>Use lowercase letters only.</source>
        <translation>Käytä vain pieniä kirjaimia.</translation>
    </message>
    <message>
        <source>Start the name with a letter (a to z).</source>
        <translation>Aloita nimi kirjaimella (a–z).</translation>
    </message>
    <message>
        <source>Underscores are not allowed: use a hyphen instead.</source>
        <translation>Alaviivat eivät ole sallittuja: käytä yhdysmerkkiä.</translation>
    </message>
    <message>
        <source>%1 is not allowed: use lowercase letters, digits and hyphens.</source>
        <translation>%1 ei ole sallittu: käytä pieniä kirjaimia, numeroita ja yhdysmerkkejä.</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Käytä vähintään %1 merkkiä.</translation>
    </message>
    <message>
        <source>Use at most %1 characters (this name has %2).</source>
        <translation>Käytä enintään %1 merkkiä (tässä nimessä on %2).</translation>
    </message>
    <message>
        <source>You already have a project with this name.</source>
        <translation>Sinulla on jo tämänniminen projekti.</translation>
    </message>
    <message>
        <source>Enter an email address.</source>
        <translation>Anna sähköpostiosoite.</translation>
    </message>
    <message>
        <source>An email address can have at most %1 characters.</source>
        <translation>Sähköpostiosoitteessa voi olla enintään %1 merkkiä.</translation>
    </message>
    <message>
        <source>An email address cannot contain spaces.</source>
        <translation>Sähköpostiosoitteessa ei voi olla välilyöntejä.</translation>
    </message>
    <message>
        <source>An email address needs an @, as in name@example.com.</source>
        <translation>Sähköpostiosoitteessa tarvitaan @-merkki, kuten nimi@example.com.</translation>
    </message>
    <message>
        <source>Add the part before the @.</source>
        <translation>Lisää @-merkkiä edeltävä osa.</translation>
    </message>
    <message>
        <source>An email address can have only one @.</source>
        <translation>Sähköpostiosoitteessa voi olla vain yksi @-merkki.</translation>
    </message>
    <message>
        <source>The part before the @ can have at most 64 characters.</source>
        <translation>@-merkkiä edeltävässä osassa voi olla enintään 64 merkkiä.</translation>
    </message>
    <message>
        <source>The part before the @ cannot start or end with a dot, or have two dots in a row.</source>
        <translation>@-merkkiä edeltävä osa ei voi alkaa tai päättyä pisteeseen, eikä siinä voi olla kahta pistettä peräkkäin.</translation>
    </message>
    <message>
        <source>Add the domain after the @, as in name@example.com.</source>
        <translation>Lisää verkkotunnus @-merkin jälkeen, kuten nimi@example.com.</translation>
    </message>
    <message>
        <source>“%1” is not a valid domain.</source>
        <translation>”%1” ei ole kelvollinen verkkotunnus.</translation>
    </message>
    <message>
        <source>At most %1 addresses are allowed.</source>
        <translation>Enintään %1 osoitetta on sallittu.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 on listassa kahdesti.</translation>
    </message>
    <message>
        <source>Enter a tag key.</source>
        <translation>Anna tunnisteen avain.</translation>
    </message>
    <message>
        <source>A tag key can have at most %1 characters.</source>
        <translation>Tunnisteen avaimessa voi olla enintään %1 merkkiä.</translation>
    </message>
    <message>
        <source>A tag key must start with a letter.</source>
        <translation>Tunnisteen avaimen on alettava kirjaimella.</translation>
    </message>
    <message>
        <source>A tag value can have at most %1 characters.</source>
        <translation>Tunnisteen arvossa voi olla enintään %1 merkkiä.</translation>
    </message>
    <message>
        <source>The key “%1” is used twice.</source>
        <translation>Avainta ”%1” on käytetty kahdesti.</translation>
    </message>
    <message>
        <source>A project can have at most %1 tags.</source>
        <translation>Projektilla voi olla enintään %1 tunnistetta.</translation>
    </message>
    <message>
        <source>“%1” is not a known two-letter country code.</source>
        <translation>”%1” ei ole tunnettu kaksikirjaiminen maakoodi.</translation>
    </message>
    <message>
        <source>%1 is not a billing currency Aiven accepts.</source>
        <translation>%1 ei ole Aivenin hyväksymä laskutusvaluutta.</translation>
    </message>
    <message>
        <source>Add the key after “billing:”.</source>
        <translation>Lisää avain ”billing:”-etuliitteen jälkeen.</translation>
    </message>
    <message>
        <source>%1 is not allowed in a tag key: use letters, digits, _ and - (billing tags start with “billing:”).</source>
        <translation>%1 ei ole sallittu tagin avaimessa: käytä kirjaimia, numeroita, _ ja - (laskutustagit alkavat ”billing:”).</translation>
    </message>
</context>
<context>
    <name>TlsDetails</name>
    <message>
        <source>Subject: %1</source>
        <translation>Kohde: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Myöntäjä: %1</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>Nimet: %1</translation>
    </message>
    <message>
        <source>Valid: %1 to %2</source>
        <translation>Voimassa: %1–%2</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Suojattu yhteys kohteeseen %1 epäonnistui: %2</translation>
    </message>
    <message>
        <source>Certificate %1:</source>
        <translation>Varmenne %1:</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>CA-tiedostoa %1 ei voi lukea.</translation>
    </message>
    <message>
        <source>The CA file %1 contains no PEM certificate.</source>
        <translation>CA-tiedostossa %1 ei ole PEM-varmennetta.</translation>
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
    <name>fjord::ApiDialog</name>
    <message>
        <source>Not connected: sign in first.</source>
        <translation>Ei yhteyttä: kirjaudu ensin sisään.</translation>
    </message>
</context>
<context>
    <name>fjord::ApiError</name>
    <message>
        <source>the server</source>
        <translation>palvelin</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>Pyyntö peruttiin.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your connection and try again.</source>
        <translation>Palvelin ei vastannut ajoissa. Tarkista yhteys ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large to accept.</source>
        <translation>Palvelimen vastaus oli liian suuri vastaanotettavaksi.</translation>
    </message>
    <message>
        <source>The server sent an answer Fjord does not understand. Check the API URL.</source>
        <translation>Palvelin lähetti vastauksen, jota Fjord ei ymmärrä. Tarkista rajapinnan osoite.</translation>
    </message>
    <message>
        <source>Could not establish a secure connection to %1. Check the API URL and the system certificates.</source>
        <translation>Suojattua yhteyttä kohteeseen %1 ei voitu muodostaa. Tarkista rajapinnan osoite ja järjestelmän varmenteet.</translation>
    </message>
    <message>
        <source>Could not find %1. Check the API URL and your network connection.</source>
        <translation>Kohdetta %1 ei löytynyt. Tarkista rajapinnan osoite ja verkkoyhteys.</translation>
    </message>
    <message>
        <source>The connection to %1 was closed before the answer arrived. Try again.</source>
        <translation>Yhteys kohteeseen %1 katkesi ennen vastausta. Yritä uudelleen.</translation>
    </message>
    <message>
        <source>Could not connect to %1. Check your network connection and the API URL.</source>
        <translation>Kohteeseen %1 ei saatu yhteyttä. Tarkista verkkoyhteys ja rajapinnan osoite.</translation>
    </message>
    <message>
        <source>The server rejected the request as invalid.</source>
        <translation>Palvelin hylkäsi pyynnön virheellisenä.</translation>
    </message>
    <message>
        <source>The server rejected the request: %1</source>
        <translation>Palvelin hylkäsi pyynnön: %1</translation>
    </message>
    <message>
        <source>Your session has expired or the token is not valid. Sign in again.</source>
        <translation>Istuntosi on vanhentunut tai tunniste ei kelpaa. Kirjaudu uudelleen.</translation>
    </message>
    <message>
        <source>You are not a member of this project. A new project can take a moment to become available.</source>
        <translation>Et ole tämän projektin jäsen. Uuden projektin käyttöönotto voi kestää hetken.</translation>
    </message>
    <message>
        <source>Sign-in failed. Check your email and password.</source>
        <translation>Kirjautuminen epäonnistui. Tarkista sähköpostiosoite ja salasana.</translation>
    </message>
    <message>
        <source>This user account is deactivated.</source>
        <translation>Tämä käyttäjätili on poistettu käytöstä.</translation>
    </message>
    <message>
        <source>You do not have permission to do this.</source>
        <translation>Sinulla ei ole oikeutta tähän.</translation>
    </message>
    <message>
        <source>The project does not exist. It may have been deleted or renamed.</source>
        <translation>Projektia ei ole. Se on ehkä poistettu tai nimetty uudelleen.</translation>
    </message>
    <message>
        <source>The requested item was not found.</source>
        <translation>Pyydettyä kohdetta ei löytynyt.</translation>
    </message>
    <message>
        <source>The request conflicts with the current state.</source>
        <translation>Pyyntö on ristiriidassa nykyisen tilan kanssa.</translation>
    </message>
    <message>
        <source>The request conflicts with the current state: %1</source>
        <translation>Pyyntö on ristiriidassa nykyisen tilan kanssa: %1</translation>
    </message>
    <message>
        <source>Too many requests. Try again in %1 seconds.</source>
        <translation>Liian monta pyyntöä. Yritä uudelleen %1 sekunnin kuluttua.</translation>
    </message>
    <message>
        <source>Too many requests. Wait a moment and try again.</source>
        <translation>Liian monta pyyntöä. Odota hetki ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>A two-factor authentication code is needed.</source>
        <translation>Tarvitaan kaksivaiheisen tunnistautumisen koodi.</translation>
    </message>
    <message>
        <source>The Aiven API had an internal error. Try again later.</source>
        <translation>Aivenin rajapinnassa tapahtui sisäinen virhe. Yritä myöhemmin uudelleen.</translation>
    </message>
    <message>
        <source>The Aiven API is temporarily unavailable (HTTP %1). Try again later.</source>
        <translation>Aivenin rajapinta ei ole tilapäisesti käytettävissä (HTTP %1). Yritä myöhemmin uudelleen.</translation>
    </message>
    <message>
        <source>The request failed (HTTP %1): %2</source>
        <translation>Pyyntö epäonnistui (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The request failed (HTTP %1).</source>
        <translation>Pyyntö epäonnistui (HTTP %1).</translation>
    </message>
    <message>
        <source>This project name is taken. Project names are unique across all Aiven customers: try another one.</source>
        <translation>Tämä projektin nimi on varattu. Projektien nimet ovat yksilöllisiä kaikkien Aivenin asiakkaiden kesken: kokeile toista.</translation>
    </message>
    <message>
        <source>The project has an open balance. Settle it (or ask your billing contact to), then try again.</source>
        <translation>Projektilla on maksamaton saldo. Maksa se (tai pyydä laskutusyhteyshenkilöäsi maksamaan) ja yritä sitten uudelleen.</translation>
    </message>
    <message>
        <source>The project still has unused credits. Use or move them first, or contact Aiven support.</source>
        <translation>Projektilla on vielä käyttämättömiä krediittejä. Käytä tai siirrä ne ensin, tai ota yhteyttä Aivenin tukeen.</translation>
    </message>
    <message>
        <source>The project still has services. Delete them first, then try again.</source>
        <translation>Projektilla on vielä palveluita. Poista ne ensin ja yritä sitten uudelleen.</translation>
    </message>
</context>
<context>
    <name>fjord::ApiUrlPolicy</name>
    <message>
        <source>Enter the API URL, for example https://api.aiven.io.</source>
        <translation>Anna rajapinnan osoite, esimerkiksi https://api.aiven.io.</translation>
    </message>
    <message>
        <source>This is not a valid URL.</source>
        <translation>Tämä ei ole kelvollinen osoite.</translation>
    </message>
    <message>
        <source>The API URL must not contain a user name or password.</source>
        <translation>Rajapinnan osoitteessa ei saa olla käyttäjänimeä tai salasanaa.</translation>
    </message>
    <message>
        <source>The API URL must start with https://.</source>
        <translation>Rajapinnan osoitteen on alettava https://.</translation>
    </message>
    <message>
        <source>The API URL must use HTTPS. Plain HTTP is only allowed for this computer (localhost, 127.0.0.1 or ::1).</source>
        <translation>Rajapinnan osoitteen on käytettävä HTTPS:ää. Pelkkä HTTP on sallittu vain tälle tietokoneelle (localhost, 127.0.0.1 tai ::1).</translation>
    </message>
</context>
<context>
    <name>fjord::AvnCredentials</name>
    <message>
        <source>avn&apos;s credentials file was not found.</source>
        <translation>avn:n tunnistetiedostoa ei löytynyt.</translation>
    </message>
    <message>
        <source>avn&apos;s credentials file is not a regular file.</source>
        <translation>avn:n tunnistetiedosto ei ole tavallinen tiedosto.</translation>
    </message>
    <message>
        <source>avn&apos;s credentials file is too large to be a credentials file.</source>
        <translation>avn:n tunnistetiedosto on liian suuri ollakseen tunnistetiedosto.</translation>
    </message>
    <message>
        <source>avn&apos;s credentials file could not be read: %1</source>
        <translation>avn:n tunnistetiedostoa ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>avn&apos;s credentials file is not valid JSON.</source>
        <translation>avn:n tunnistetiedosto ei ole kelvollista JSONia.</translation>
    </message>
    <message>
        <source>avn&apos;s credentials file has no token (&quot;auth_token&quot;).</source>
        <translation>avn:n tunnistetiedostossa ei ole tunnistetta (&quot;auth_token&quot;).</translation>
    </message>
    <message>
        <source>avn&apos;s credentials file has an empty token.</source>
        <translation>avn:n tunnistetiedoston tunniste on tyhjä.</translation>
    </message>
    <message>
        <source>The token in avn&apos;s credentials file is not a valid token.</source>
        <translation>avn:n tunnistetiedoston tunniste ei ole kelvollinen.</translation>
    </message>
</context>
<context>
    <name>fjord::BulkTagRun</name>
    <message>
        <source>Not signed in.</source>
        <translation>Et ole kirjautunut sisään.</translation>
    </message>
    <message>
        <source>Failed: %1
The server said: %2</source>
        <translation>Epäonnistui: %1
Palvelin vastasi: %2</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Odottaa</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Lähetetään…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Epäonnistui: %1</translation>
    </message>
    <message>
        <source>Not sent (canceled)</source>
        <translation>Ei lähetetty (peruttu)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekti</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Tulos</translation>
    </message>
</context>
<context>
    <name>fjord::BulkTagsDialog</name>
    <message numerus="yes">
        <source>Edit Tags of %n Project(s)</source>
        <translation>
            <numerusform>Muokkaa %n projektin tageja</numerusform>
            <numerusform>Muokkaa %n projektin tageja</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 ja %n muu</numerusform>
            <numerusform>%1 ja %n muuta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change one tag on %n project(s): %1. Other tags stay as they are.</source>
        <translation>
            <numerusform>Muuta yhtä tagia %n projektissa: %1. Muut tagit pysyvät ennallaan.</numerusform>
            <numerusform>Muuta yhtä tagia %n projektissa: %1. Muut tagit pysyvät ennallaan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toiminto</translation>
    </message>
    <message>
        <source>Add the tag, or change its value</source>
        <translation>Lisää tagi tai muuta sen arvoa</translation>
    </message>
    <message>
        <source>Remove the tag</source>
        <translation>Poista tagi</translation>
    </message>
    <message>
        <source>Tag key</source>
        <translation>Tagin avain</translation>
    </message>
    <message>
        <source>e.g. env or billing:PO</source>
        <translation>esim. env tai billing:PO</translation>
    </message>
    <message>
        <source>Tag value</source>
        <translation>Tagin arvo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Toiminto:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Avain:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>A&amp;rvo:</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Edistyminen</translation>
    </message>
    <message>
        <source>%v of %m answered</source>
        <translation>%v/%m vastattu</translation>
    </message>
    <message>
        <source>Result per project</source>
        <translation>Tulos projekteittain</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply to %n Project(s)</source>
        <translation>
            <numerusform>&amp;Käytä %n projektiin</numerusform>
            <numerusform>&amp;Käytä %n projektiin</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Yritä uudelleen</translation>
    </message>
    <message>
        <source>Enter the tag&apos;s key.</source>
        <translation>Anna tagin avain.</translation>
    </message>
    <message>
        <source>A tag key starts with a letter and has only letters, digits, “_” and “-”, at most 64 (after an optional “billing:”).</source>
        <translation>Tagin avain alkaa kirjaimella ja sisältää vain kirjaimia, numeroita, ”_” ja ”-”, enintään 64 (valinnaisen ”billing:”-etuliitteen jälkeen).</translation>
    </message>
    <message numerus="yes">
        <source>Adds the tag to all %n project(s).</source>
        <translation>
            <numerusform>Lisää tagin %n projektiin.</numerusform>
            <numerusform>Lisää tagin kaikkiin %n projektiin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes the tag&apos;s value on all %n project(s).</source>
        <translation>
            <numerusform>Muuttaa tagin arvon %n projektissa.</numerusform>
            <numerusform>Muuttaa tagin arvon kaikissa %n projektissa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adds the tag to %n project(s)</source>
        <translation>
            <numerusform>Lisää tagin %n projektiin</numerusform>
            <numerusform>Lisää tagin %n projektiin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and changes its value on %n.</source>
        <translation>
            <numerusform>ja muuttaa sen arvon %n projektissa.</numerusform>
            <numerusform>ja muuttaa sen arvon %n projektissa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) already have 10 tags and will refuse a new one.</source>
        <translation>
            <numerusform>%n projektilla on jo 10 tagia, eikä se hyväksy uutta.</numerusform>
            <numerusform>%n projektilla on jo 10 tagia, eivätkä ne hyväksy uutta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removes the tag from %n project(s) that have it.</source>
        <translation>
            <numerusform>Poistaa tagin %n projektista, jolla se on.</numerusform>
            <numerusform>Poistaa tagin %n projektista, joilla se on.</numerusform>
        </translation>
    </message>
    <message>
        <source>Canceling: the change on its way finishes, no other is sent…</source>
        <translation>Perutaan: matkalla oleva muutos valmistuu, muita ei lähetetä…</translation>
    </message>
    <message numerus="yes">
        <source>Changing %1 of %n project(s)…</source>
        <translation>
            <numerusform>Muutetaan %1/%n projektia…</numerusform>
            <numerusform>Muutetaan %1/%n projektia…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: the tag was changed on all %n project(s).</source>
        <translation>
            <numerusform>Valmis: tagi muutettiin %n projektissa.</numerusform>
            <numerusform>Valmis: tagi muutettiin kaikissa %n projektissa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed on %n project(s).</source>
        <translation>
            <numerusform>Muutettu %n projektissa.</numerusform>
            <numerusform>Muutettu %n projektissa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failed on %n: %1.</source>
        <translation>
            <numerusform>Epäonnistui %n projektissa: %1.</numerusform>
            <numerusform>Epäonnistui %n projektissa: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not sent to %n (canceled).</source>
        <translation>
            <numerusform>Ei lähetetty %n projektiin (peruttu).</numerusform>
            <numerusform>Ei lähetetty %n projektiin (peruttu).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Retry %n Not Done</source>
        <translation>
            <numerusform>&amp;Yritä uudelleen %n tekemätöntä</numerusform>
            <numerusform>&amp;Yritä uudelleen %n tekemätöntä</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fjord::CaCertificateDialog</name>
    <message>
        <source>Subject</source>
        <translation>Kohde</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Myöntäjä</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Voimassa alkaen</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Voimassa asti</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-sormenjälki</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Sarjanumero</translation>
    </message>
    <message>
        <source>&amp;Copy as PEM</source>
        <translation>&amp;Kopioi PEM-muodossa</translation>
    </message>
    <message>
        <source>&amp;Save as .pem…</source>
        <translation>&amp;Tallenna .pem-tiedostoksi…</translation>
    </message>
    <message>
        <source>CA Certificate – %1</source>
        <translation>CA-varmenne – %1</translation>
    </message>
    <message>
        <source>Certificate in PEM format</source>
        <translation>Varmenne PEM-muodossa</translation>
    </message>
    <message>
        <source>Copy the certificate as PEM</source>
        <translation>Kopioi varmenne PEM-muodossa</translation>
    </message>
    <message>
        <source>Save the certificate as a PEM file</source>
        <translation>Tallenna varmenne PEM-tiedostoksi</translation>
    </message>
    <message>
        <source>The services of %1 present certificates signed by this authority. Clients that connect to them over TLS trust it by this certificate.</source>
        <translation>Projektin %1 palvelut esittävät tämän varmentajan allekirjoittamia varmenteita. Niihin TLS:llä yhdistävät asiakkaat luottavat niihin tämän varmenteen avulla.</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Kohde:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Myöntäjä:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Voimassa alkaen:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Voimassa asti:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-sormenjälki:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Sarjanumero:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Loading the certificate…</source>
        <translation>Ladataan varmennetta…</translation>
    </message>
    <message>
        <source>Your access to this project does not include its CA certificate.</source>
        <translation>Käyttöoikeutesi tähän projektiin ei sisällä sen CA-varmennetta.</translation>
    </message>
    <message>
        <source>Could not load the certificate: %1</source>
        <translation>Varmennetta ei voitu ladata: %1</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (vanhentunut)</translation>
    </message>
    <message>
        <source>%1 (not yet valid)</source>
        <translation>%1 (ei vielä voimassa)</translation>
    </message>
    <message>
        <source>The server sent text that is not a readable certificate; it is shown as it came.</source>
        <translation>Palvelin lähetti tekstiä, joka ei ole luettava varmenne; se näytetään sellaisenaan.</translation>
    </message>
    <message>
        <source>Copied the certificate as PEM.</source>
        <translation>Varmenne kopioitiin PEM-muodossa.</translation>
    </message>
    <message>
        <source>Save CA Certificate</source>
        <translation>Tallenna CA-varmenne</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem);;All files (*)</source>
        <translation>PEM-varmenteet (*.pem);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Save Failed</source>
        <translation>Tallennus epäonnistui</translation>
    </message>
    <message>
        <source>Could not write %1: %2.

The file was not changed; a file that was there before is as it was.</source>
        <translation>Tiedostoon %1 ei voitu kirjoittaa: %2.

Tiedostoa ei muutettu; aiemmin ollut tiedosto on ennallaan.</translation>
    </message>
    <message>
        <source>Saved the certificate to %1.</source>
        <translation>Varmenne tallennettiin tiedostoon %1.</translation>
    </message>
</context>
<context>
    <name>fjord::CallStatusLine</name>
    <message>
        <source>Working</source>
        <translation>Käsitellään</translation>
    </message>
    <message>
        <source>Show error details</source>
        <translation>Näytä virheen tiedot</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Virheen tiedot</translation>
    </message>
</context>
<context>
    <name>fjord::CloudCatalog</name>
    <message>
        <source>The server returned no cloud regions.</source>
        <translation>Palvelin ei palauttanut pilvialueita.</translation>
    </message>
</context>
<context>
    <name>fjord::CloudListModel</name>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Default cloud of: %1</source>
        <translation>Oletuspilvi projekteille: %1</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Sijainti</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Palveluntarjoaja</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Pilvi</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Alue</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Etäisyys</translation>
    </message>
    <message>
        <source>Default for</source>
        <translation>Oletuksena projekteille</translation>
    </message>
</context>
<context>
    <name>fjord::CountryComboBox</name>
    <message>
        <source>(No country)</source>
        <translation>(Ei maata)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unknown country (%1)</source>
        <translation>Tuntematon maa (%1)</translation>
    </message>
</context>
<context>
    <name>fjord::CredentialStore</name>
    <message>
        <source>The keychain is not available.</source>
        <translation>Avainnippu ei ole käytettävissä.</translation>
    </message>
    <message>
        <source>The token file could not be read: %1</source>
        <translation>Tunnistetiedostoa ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>The folder for the token file could not be created.</source>
        <translation>Tunnistetiedoston kansiota ei voitu luoda.</translation>
    </message>
    <message>
        <source>The token file could not be written: %1</source>
        <translation>Tunnistetiedostoon ei voitu kirjoittaa: %1</translation>
    </message>
</context>
<context>
    <name>fjord::DesktopMenus</name>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Toiminta</translation>
    </message>
    <message>
        <source>&amp;About Fjord</source>
        <translation>&amp;Tietoja Fjordista</translation>
    </message>
    <message>
        <source>Show every API call of this session</source>
        <translation>Näytä tämän istunnon kaikki rajapintakutsut</translation>
    </message>
</context>
<context>
    <name>fjord::EmailListEditor</name>
    <message>
        <source>name@example.com</source>
        <translation>nimi@example.com</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lisää</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Sähköpostit</translation>
    </message>
    <message>
        <source>%1: new address</source>
        <translation>%1: uusi osoite</translation>
    </message>
    <message>
        <source>%1: add address</source>
        <translation>%1: lisää osoite</translation>
    </message>
    <message>
        <source>%1: list</source>
        <translation>%1: lista</translation>
    </message>
    <message>
        <source>%1: remove selected</source>
        <translation>%1: poista valitut</translation>
    </message>
    <message>
        <source>%1: count</source>
        <translation>%1: määrä</translation>
    </message>
    <message>
        <source>%1: error</source>
        <translation>%1: virhe</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 on jo listassa.</translation>
    </message>
    <message>
        <source>At most %1 addresses are allowed: remove one first.</source>
        <translation>Enintään %1 osoitetta on sallittu: poista ensin yksi.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>fjord::MainWindow</name>
    <message>
        <source>&amp;Reset Columns</source>
        <translation>&amp;Palauta sarakkeet</translation>
    </message>
    <message>
        <source>%1 copied to the clipboard.</source>
        <translation>%1 kopioitiin leikepöydälle.</translation>
    </message>
    <message>
        <source>Fjord</source>
        <translation>Fjord</translation>
    </message>
    <message>
        <source>Fjord — %1</source>
        <translation>Fjord — %1</translation>
    </message>
    <message>
        <source>Created project “%1”.</source>
        <translation>Projekti ”%1” luotiin.</translation>
    </message>
    <message>
        <source>Saved project “%1”.</source>
        <translation>Projekti ”%1” tallennettiin.</translation>
    </message>
    <message>
        <source>Deleted project “%1”.</source>
        <translation>Projekti ”%1” poistettiin.</translation>
    </message>
    <message>
        <source>Loading projects…</source>
        <translation>Ladataan projekteja…</translation>
    </message>
    <message>
        <source>Could not load projects</source>
        <translation>Projekteja ei voitu ladata</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Yritä uudelleen</translation>
    </message>
    <message>
        <source>No projects yet: create one</source>
        <translation>Ei vielä projekteja: luo sellainen</translation>
    </message>
    <message>
        <source>A project holds your services and their billing settings.</source>
        <translation>Projekti sisältää palvelusi ja niiden laskutusasetukset.</translation>
    </message>
    <message>
        <source>&amp;Create Project…</source>
        <translation>&amp;Luo projekti…</translation>
    </message>
    <message>
        <source>No projects match “%1”</source>
        <translation>Mikään projekti ei vastaa hakua ”%1”</translation>
    </message>
    <message>
        <source>The filter looks at names, clouds, accounts and tags.</source>
        <translation>Suodatin hakee nimistä, pilvistä, tileistä ja tunnisteista.</translation>
    </message>
    <message>
        <source>C&amp;lear Filter</source>
        <translation>&amp;Tyhjennä suodatin</translation>
    </message>
    <message>
        <source>Could not refresh the list: %1 The rows shown may be out of date.</source>
        <translation>Listaa ei voitu päivittää: %1 Näkyvät rivit voivat olla vanhentuneita.</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Päivitetään…</translation>
    </message>
    <message>
        <source>Last refresh failed</source>
        <translation>Viimeisin päivitys epäonnistui</translation>
    </message>
    <message>
        <source>Last refreshed %1</source>
        <translation>Päivitetty viimeksi %1</translation>
    </message>
    <message>
        <source>&amp;Regions</source>
        <translation>&amp;Alueet</translation>
    </message>
    <message>
        <source>Browse the cloud regions on a map (Ctrl+2)</source>
        <translation>Selaa pilvialueita kartalla (Ctrl+2)</translation>
    </message>
    <message>
        <source>&amp;Projects</source>
        <translation>&amp;Projektit</translation>
    </message>
    <message>
        <source>Re&amp;gions</source>
        <translation>&amp;Alueet</translation>
    </message>
    <message>
        <source>These are the cloud regions that came with Fjord: the list may be out of date. Fjord updates it when it can reach the Aiven API.</source>
        <translation>Nämä ovat Fjordin mukana tulleet pilvialueet: luettelo voi olla vanhentunut. Fjord päivittää sen, kun se saa yhteyden Aivenin rajapintaan.</translation>
    </message>
    <message>
        <source>Could not update the cloud regions (%1) This is the list saved earlier: it may be out of date.</source>
        <translation>Pilvialueita ei voitu päivittää (%1). Tämä on aiemmin tallennettu luettelo: se voi olla vanhentunut.</translation>
    </message>
    <message>
        <source>Could not load the cloud regions: %1</source>
        <translation>Pilvialueita ei voitu ladata: %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Et ole kirjautunut sisään</translation>
    </message>
    <message>
        <source>Sign in to an Aiven account, or try the local sandbox, to see your projects.</source>
        <translation>Kirjaudu Aiven-tilille tai kokeile paikallista hiekkalaatikkoa nähdäksesi projektisi.</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Kirjaudu sisään…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln project(s)</source>
        <translation>
            <numerusform>%Ln projekti</numerusform>
            <numerusform>%Ln projektia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln project(s)</source>
        <translation>
            <numerusform>%L1/%Ln projekti</numerusform>
            <numerusform>%L1/%Ln projektia</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fjord::MemberRoleDialog</name>
    <message>
        <source>Full access to the project: its settings, billing, members and services.</source>
        <translation>Täysi pääsy projektiin: sen asetuksiin, laskutukseen, jäseniin ja palveluihin.</translation>
    </message>
    <message>
        <source>Manages services, networking and integrations, and the project&apos;s tags; cannot change billing or members.</source>
        <translation>Hallitsee palveluita, verkkoa ja integraatioita sekä projektin tageja; ei voi muuttaa laskutusta tai jäseniä.</translation>
    </message>
    <message>
        <source>Views services and manages their databases and users; cannot change the project.</source>
        <translation>Näkee palvelut ja hallitsee niiden tietokantoja ja käyttäjiä; ei voi muuttaa projektia.</translation>
    </message>
    <message>
        <source>Views the project and its services only.</source>
        <translation>Näkee vain projektin ja sen palvelut.</translation>
    </message>
    <message>
        <source>A fine-grained permission.</source>
        <translation>Tarkka yksittäinen käyttöoikeus.</translation>
    </message>
    <message>
        <source>Invite to %1</source>
        <translation>Kutsu projektiin %1</translation>
    </message>
    <message>
        <source>Change Role – %1</source>
        <translation>Vaihda rooli – %1</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nimi@example.com</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Sähköpostiosoite</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Sähköposti:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rooli:</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Kutsu</translation>
    </message>
    <message>
        <source>&amp;Change Role</source>
        <translation>&amp;Vaihda rooli</translation>
    </message>
    <message>
        <source>%1 already has this role.</source>
        <translation>Käyttäjällä %1 on jo tämä rooli.</translation>
    </message>
    <message>
        <source>Enter the email address of the person to invite.</source>
        <translation>Anna kutsuttavan henkilön sähköpostiosoite.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>”%1” ei ole sähköpostiosoite.</translation>
    </message>
    <message>
        <source>%1 is already a member of the project or invited to it.</source>
        <translation>%1 on jo projektin jäsen tai kutsuttu siihen.</translation>
    </message>
    <message>
        <source>Inviting %1…</source>
        <translation>Kutsutaan: %1…</translation>
    </message>
    <message>
        <source>Changing the role of %1…</source>
        <translation>Vaihdetaan käyttäjän %1 roolia…</translation>
    </message>
</context>
<context>
    <name>fjord::Profile</name>
    <message>
        <source>Local sandbox</source>
        <translation>Paikallinen hiekkalaatikko</translation>
    </message>
</context>
<context>
    <name>fjord::ProfileMenu</name>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profiili</translation>
    </message>
    <message>
        <source>Sign &amp;In to Aiven...</source>
        <translation>&amp;Kirjaudu Aiveniin...</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Kirjaudu &amp;ulos</translation>
    </message>
    <message>
        <source>&amp;Remove Profile...</source>
        <translation>&amp;Poista profiili...</translation>
    </message>
    <message>
        <source>No Keychain</source>
        <translation>Avainnippua ei ole</translation>
    </message>
    <message>
        <source>Fjord could not save the token in the system keychain, so it is kept for this session only and you will sign in again next time.</source>
        <translation>Fjord ei voinut tallentaa tunnistetta järjestelmän avainnippuun, joten se säilytetään vain tämän istunnon ajan ja kirjaudut ensi kerralla uudelleen.</translation>
    </message>
    <message>
        <source>You can instead store it in a file only your user can read. Anyone with access to your account or backups could use it.</source>
        <translation>Voit sen sijaan tallentaa sen tiedostoon, jota vain käyttäjäsi voi lukea. Kuka tahansa, jolla on pääsy tiliisi tai varmuuskopioihisi, voisi käyttää sitä.</translation>
    </message>
    <message>
        <source>Keep for This &amp;Session</source>
        <translation>Säilytä tämän &amp;istunnon ajan</translation>
    </message>
    <message>
        <source>Save to &amp;File (Insecure)</source>
        <translation>Tallenna &amp;tiedostoon (turvaton)</translation>
    </message>
    <message>
        <source>Token Not Saved</source>
        <translation>Tunnistetta ei tallennettu</translation>
    </message>
    <message>
        <source>The token could not be saved.</source>
        <translation>Tunnistetta ei voitu tallentaa.</translation>
    </message>
    <message>
        <source>Secure Connection Failed</source>
        <translation>Suojattu yhteys epäonnistui</translation>
    </message>
    <message>
        <source>Fjord did not connect. If the server uses a private certificate authority, set its CA file in the profile.</source>
        <translation>Fjord ei muodostanut yhteyttä. Jos palvelin käyttää omaa varmentajaa, aseta sen CA-tiedosto profiiliin.</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>Poista profiili</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot; and forget its token?</source>
        <translation>Poistetaanko profiili ”%1” ja unohdetaanko sen tunniste?</translation>
    </message>
    <message>
        <source>Sandbox Cannot Save</source>
        <translation>Hiekkalaatikko ei voi tallentaa</translation>
    </message>
    <message>
        <source>The local sandbox cannot save changes to its data file, so it refuses them. You can look around, but creating, editing or deleting a project will fail until this is solved.</source>
        <translation>Paikallinen hiekkalaatikko ei voi tallentaa muutoksia tiedostoonsa, joten se hylkää ne. Voit katsella, mutta projektin luominen, muokkaaminen tai poistaminen epäonnistuu, kunnes tämä on korjattu.</translation>
    </message>
    <message>
        <source>Profile Not Saved</source>
        <translation>Profiilia ei tallennettu</translation>
    </message>
    <message>
        <source>You are signed in, but Fjord could not save this profile, so it will not be offered at the next start. Free some disk space or make the settings folder writable, then sign in again.</source>
        <translation>Olet kirjautunut sisään, mutta Fjord ei voinut tallentaa tätä profiilia, joten sitä ei tarjota seuraavalla käynnistyskerralla. Vapauta levytilaa tai salli kirjoittaminen asetuskansioon ja kirjaudu sitten uudelleen.</translation>
    </message>
</context>
<context>
    <name>fjord::ProfileStore</name>
    <message>
        <source>Fjord could not write its settings file %1.</source>
        <translation>Fjord ei voinut kirjoittaa asetustiedostoaan %1.</translation>
    </message>
</context>
<context>
    <name>fjord::ProjectDeleteDialog</name>
    <message>
        <source>Delete Project – %1</source>
        <translation>Poista projekti – %1</translation>
    </message>
    <message>
        <source>Delete the project “%1”?</source>
        <translation>Poistetaanko projekti ”%1”?</translation>
    </message>
    <message>
        <source>&lt;p&gt;The project and its settings, tags and contacts are removed for good. &lt;b&gt;This cannot be undone.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Delete the project&apos;s services first. A project with an open balance or unused credits cannot be deleted.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Projekti asetuksineen, tunnisteineen ja yhteystietoineen poistetaan pysyvästi. &lt;b&gt;Tätä ei voi perua.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Poista ensin projektin palvelut. Projektia, jolla on avoin saldo tai käyttämättömiä hyvityksiä, ei voi poistaa.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>To confirm, type &lt;b&gt;%1&lt;/b&gt; below:</source>
        <translation>Vahvista kirjoittamalla alle &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Type the project name %1 to confirm</source>
        <translation>Vahvista kirjoittamalla projektin nimi %1</translation>
    </message>
    <message>
        <source>&amp;Delete Project</source>
        <translation>&amp;Poista projekti</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>Poista projekti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Deleting “%1”...</source>
        <translation>Poistetaan projektia ”%1”...</translation>
    </message>
    <message>
        <source>“%1” was not deleted.</source>
        <translation>”%1” ei poistettu.</translation>
    </message>
</context>
<context>
    <name>fjord::ProjectDetailsLoader</name>
    <message>
        <source>The server answered with the details of another project.</source>
        <translation>Palvelin vastasi toisen projektin tiedoilla.</translation>
    </message>
</context>
<context>
    <name>fjord::ProjectDetailsWidget</name>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kortti</translation>
    </message>
    <message>
        <source>, expires %1/%2</source>
        <translation>, vanhenee %1/%2</translation>
    </message>
    <message>
        <source>Project details</source>
        <translation>Projektin tiedot</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Projektin nimi</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Tilin tunnus</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>Organisaation tunnus</translation>
    </message>
    <message>
        <source>Billing group ID</source>
        <translation>Laskutusryhmän tunnus</translation>
    </message>
    <message>
        <source>Select a project to see its details.</source>
        <translation>Valitse projekti nähdäksesi sen tiedot.</translation>
    </message>
    <message>
        <source>Could not load the latest details: %1 What is shown may be out of date.</source>
        <translation>Uusimpia tietoja ei voitu ladata: %1 Näytetyt tiedot voivat olla vanhentuneita.</translation>
    </message>
    <message>
        <source>%1: not set</source>
        <translation>%1: ei asetettu</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Tags: none</source>
        <translation>Tagit: ei yhtään</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Tagit: %1</translation>
    </message>
</context>
<context>
    <name>fjord::ProjectEditDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Takaisin</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Takaisin lomakkeelle</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Uusi projekti</translation>
    </message>
    <message>
        <source>Create a project</source>
        <translation>Luo projekti</translation>
    </message>
    <message>
        <source>A project holds services together with their default cloud, billing group and contacts. Only the name is required.</source>
        <translation>Projekti kokoaa palvelut sekä niiden oletuspilven, laskutusryhmän ja yhteystiedot. Vain nimi on pakollinen.</translation>
    </message>
    <message>
        <source>&amp;Create Project</source>
        <translation>&amp;Luo projekti</translation>
    </message>
    <message>
        <source>Create project</source>
        <translation>Luo projekti</translation>
    </message>
    <message>
        <source>Edit Project – %1</source>
        <translation>Muokkaa projektia – %1</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Muokkaa projektia ”%1”</translation>
    </message>
    <message>
        <source>Only the fields you change are sent. You will see a summary before anything is saved.</source>
        <translation>Vain muuttamasi kentät lähetetään. Näet yhteenvedon ennen kuin mitään tallennetaan.</translation>
    </message>
    <message>
        <source>&amp;Review Changes...</source>
        <translation>&amp;Tarkista muutokset...</translation>
    </message>
    <message>
        <source>Review changes</source>
        <translation>Tarkista muutokset</translation>
    </message>
    <message>
        <source>Nothing else about the project changes.</source>
        <translation>Mikään muu projektissa ei muutu.</translation>
    </message>
    <message>
        <source>Nothing (start empty)</source>
        <translation>Ei mitään (aloita tyhjästä)</translation>
    </message>
    <message>
        <source>Technical emails</source>
        <translation>Tekniset sähköpostit</translation>
    </message>
    <message>
        <source>People who get notices about maintenance and incidents in this project.</source>
        <translation>Henkilöt, jotka saavat ilmoitukset tämän projektin huolloista ja häiriöistä.</translation>
    </message>
    <message>
        <source>(Not set)</source>
        <translation>(Ei asetettu)</translation>
    </message>
    <message>
        <source>Billing emails</source>
        <translation>Laskutuksen sähköpostit</translation>
    </message>
    <message>
        <source>Could not load the accounts: %1</source>
        <translation>Tilejä ei voitu ladata: %1</translation>
    </message>
    <message>
        <source>Could not load the billing groups: %1</source>
        <translation>Laskutusryhmiä ei voitu ladata: %1</translation>
    </message>
    <message>
        <source>Loading accounts...</source>
        <translation>Ladataan tilejä...</translation>
    </message>
    <message>
        <source>Default billing group</source>
        <translation>Oletuslaskutusryhmä</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Loading billing groups...</source>
        <translation>Ladataan laskutusryhmiä...</translation>
    </message>
    <message>
        <source>Renaming works only while every service in the project is powered off.</source>
        <translation>Uudelleennimeäminen onnistuu vain, kun kaikki projektin palvelut on sammutettu.</translation>
    </message>
    <message>
        <source>Nothing has changed, so there is nothing to save.</source>
        <translation>Mikään ei ole muuttunut, joten tallennettavaa ei ole.</translation>
    </message>
    <message>
        <source>Review the changes</source>
        <translation>Tarkista muutokset</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>&amp;Tallenna muutokset</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Tallenna muutokset</translation>
    </message>
    <message>
        <source>Creating “%1”...</source>
        <translation>Luodaan projektia ”%1”...</translation>
    </message>
    <message>
        <source>Saving the changes to “%1”...</source>
        <translation>Tallennetaan projektin ”%1” muutoksia...</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tallennettu.</translation>
    </message>
    <message>
        <source>The project was not created.</source>
        <translation>Projektia ei luotu.</translation>
    </message>
    <message>
        <source>The changes were not saved.</source>
        <translation>Muutoksia ei tallennettu.</translation>
    </message>
    <message>
        <source>See the field marked in red.</source>
        <translation>Katso punaisella merkitty kenttä.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The organization the project belongs to. “None” creates a project outside any organization.</source>
        <translation>Organisaatio, johon projekti kuuluu. ”Ei mitään” luo projektin minkään organisaation ulkopuolelle.</translation>
    </message>
    <message>
        <source>Moving the project to another organization also needs one of that organization&apos;s billing groups.</source>
        <translation>Projektin siirto toiseen organisaatioon vaatii myös jonkin sen organisaation laskutusryhmistä.</translation>
    </message>
    <message>
        <source>None – a project outside any organization</source>
        <translation>Ei mitään – projekti organisaatioiden ulkopuolella</translation>
    </message>
    <message>
        <source>Choose a billing group of this account</source>
        <translation>Valitse tämän tilin laskutusryhmä</translation>
    </message>
    <message>
        <source>%1 (not in the cloud list)</source>
        <translation>%1 (ei pilviluettelossa)</translation>
    </message>
    <message>
        <source>No default (each service chooses its cloud)</source>
        <translation>Ei oletusta (kukin palvelu valitsee pilvensä)</translation>
    </message>
    <message>
        <source>Not set (each service chooses its cloud)</source>
        <translation>Ei asetettu (kukin palvelu valitsee pilvensä)</translation>
    </message>
    <message numerus="yes">
        <source>Correct the %n field(s) marked in red.</source>
        <translation>
            <numerusform>Korjaa punaisella merkitty kenttä.</numerusform>
            <numerusform>Korjaa %n punaisella merkittyä kenttää.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) will be sent for “%1”:</source>
        <translation>
            <numerusform>Projektille ”%1” lähetetään %n muutos:</numerusform>
            <numerusform>Projektille ”%1” lähetetään %n muutosta:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 before: %2</source>
        <translation>%1 ennen: %2</translation>
    </message>
    <message>
        <source>%1 after: %2</source>
        <translation>%1 jälkeen: %2</translation>
    </message>
    <message>
        <source>Choose an organization…</source>
        <translation>Valitse organisaatio…</translation>
    </message>
    <message>
        <source>Choose which organization owns the project and pays for it.</source>
        <translation>Valitse, mikä organisaatio omistaa projektin ja maksaa sen.</translation>
    </message>
</context>
<context>
    <name>fjord::ProjectEventLogDialog</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Päivitä</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopioi</translation>
    </message>
    <message>
        <source>Event Log – %1</source>
        <translation>Tapahtumaloki – %1</translation>
    </message>
    <message>
        <source>Event log of %1</source>
        <translation>Projektin %1 tapahtumaloki</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Suodata:</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>Suodata tapahtumia</translation>
    </message>
    <message>
        <source>Actor, service, description…</source>
        <translation>Tekijä, palvelu, kuvaus…</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tyyppi:</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Tapahtuman tyyppi</translation>
    </message>
    <message>
        <source>All event types</source>
        <translation>Kaikki tapahtumatyypit</translation>
    </message>
    <message>
        <source>Events, newest first</source>
        <translation>Tapahtumat, uusin ensin</translation>
    </message>
    <message>
        <source>Refresh the event log</source>
        <translation>Päivitä tapahtumaloki</translation>
    </message>
    <message>
        <source>Load the event log again (F5)</source>
        <translation>Lataa tapahtumaloki uudelleen (F5)</translation>
    </message>
    <message>
        <source>Copy events</source>
        <translation>Kopioi tapahtumat</translation>
    </message>
    <message>
        <source>Copy the selected events, or every event shown, as text (Ctrl+C)</source>
        <translation>Kopioi valitut tapahtumat tai kaikki näytetyt tekstinä (Ctrl+C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n event(s).</source>
        <translation>
            <numerusform>Kopioitiin %n tapahtuma.</numerusform>
            <numerusform>Kopioitiin %n tapahtumaa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the event log…</source>
        <translation>Ladataan tapahtumalokia…</translation>
    </message>
    <message>
        <source>No events.</source>
        <translation>Ei tapahtumia.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s).</source>
        <translation>
            <numerusform>%n tapahtuma.</numerusform>
            <numerusform>%n tapahtumaa.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 events shown.</source>
        <translation>%1/%2 tapahtumaa näytetään.</translation>
    </message>
    <message>
        <source>Could not load the event log: %1</source>
        <translation>Tapahtumalokia ei voitu ladata: %1</translation>
    </message>
</context>
<context>
    <name>fjord::ProjectEventModel</name>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Tekijä</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Tapahtuman tyyppi</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
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
    <message numerus="yes">
        <source>Exported %n project(s) to %1</source>
        <translation>
            <numerusform>Vietiin %n projekti tiedostoon %1</numerusform>
            <numerusform>Vietiin %n projektia tiedostoon %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2.

The file was not changed; a file that was there before is as it was.</source>
        <translation>Tiedostoon %1 ei voitu kirjoittaa: %2.

Tiedostoa ei muutettu; aiemmin ollut tiedosto on ennallaan.</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln project(s)…</source>
        <translation>
            <numerusform>Viedään %Ln projekti…</numerusform>
            <numerusform>Viedään %Ln projektia…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Vienti</translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not changed</source>
        <translation>Vienti peruttiin; tiedostoa %1 ei muutettu</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Viennin edistyminen</translation>
    </message>
</context>
<context>
    <name>fjord::ProjectInsights</name>
    <message>
        <source>&amp;Event Log…</source>
        <translation>&amp;Tapahtumaloki…</translation>
    </message>
    <message>
        <source>CA Certi&amp;ficate…</source>
        <translation>CA-&amp;varmenne…</translation>
    </message>
    <message>
        <source>Show who did what in the selected project</source>
        <translation>Näytä, kuka teki mitä valitussa projektissa</translation>
    </message>
    <message>
        <source>Show the selected project&apos;s CA certificate</source>
        <translation>Näytä valitun projektin CA-varmenne</translation>
    </message>
</context>
<context>
    <name>fjord::ProjectListModel</name>
    <message>
        <source>Not connected to any Aiven API.</source>
        <translation>Ei yhteyttä mihinkään Aivenin rajapintaan.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kortti</translation>
    </message>
    <message>
        <source>No payment expected</source>
        <translation>Maksua ei odoteta</translation>
    </message>
    <message>
        <source>Invoice by email</source>
        <translation>Lasku sähköpostitse</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Markkinapaikka</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Kumppani</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ei mitään</translation>
    </message>
    <message>
        <source>Account ID: %1</source>
        <translation>Tilin tunnus: %1</translation>
    </message>
    <message>
        <source>Billing group ID: %1</source>
        <translation>Laskutusryhmän tunnus: %1</translation>
    </message>
    <message>
        <source>Estimated balance: %1 USD</source>
        <translation>Arvioitu saldo: %1 USD</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Roolisi</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Tili</translation>
    </message>
    <message>
        <source>Default cloud</source>
        <translation>Oletuspilvi</translation>
    </message>
    <message>
        <source>Billing group</source>
        <translation>Laskutusryhmä</translation>
    </message>
    <message>
        <source>Estimated balance</source>
        <translation>Arvioitu saldo</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Maksutapa</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tunnisteet</translation>
    </message>
    <message>
        <source>1 service</source>
        <translation>1 palvelu</translation>
    </message>
    <message>
        <source>%1 services</source>
        <translation>%1 palvelua</translation>
    </message>
    <message>
        <source>Loading services</source>
        <translation>Ladataan palveluita</translation>
    </message>
    <message>
        <source>Services not available: %1</source>
        <translation>Palvelut eivät ole saatavilla: %1</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Palvelut</translation>
    </message>
</context>
<context>
    <name>fjord::ProjectMembersDialog</name>
    <message>
        <source>Members – %1</source>
        <translation>Jäsenet – %1</translation>
    </message>
    <message>
        <source>Members of “%1” and the people invited to it. You can invite people, change roles and remove members.</source>
        <translation>Projektin ”%1” jäsenet ja siihen kutsutut. Voit kutsua henkilöitä, vaihtaa rooleja ja poistaa jäseniä.</translation>
    </message>
    <message>
        <source>Members of “%1” and the people invited to it. %2</source>
        <translation>Projektin ”%1” jäsenet ja siihen kutsutut. %2</translation>
    </message>
    <message>
        <source>Members and invitations</source>
        <translation>Jäsenet ja kutsut</translation>
    </message>
    <message>
        <source>&amp;Invite…</source>
        <translation>&amp;Kutsu…</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Kutsu</translation>
    </message>
    <message>
        <source>Change &amp;Role…</source>
        <translation>Vaihda &amp;rooli…</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Vaihda rooli</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Poista jäsen</translation>
    </message>
    <message>
        <source>&amp;Cancel Invitation</source>
        <translation>&amp;Peru kutsu</translation>
    </message>
    <message>
        <source>Cancel invitation</source>
        <translation>Peru kutsu</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Lataa uudelleen</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Lataa uudelleen</translation>
    </message>
    <message>
        <source>&amp;Leave Project</source>
        <translation>P&amp;oistu projektista</translation>
    </message>
    <message>
        <source>Leave project</source>
        <translation>Poistu projektista</translation>
    </message>
    <message>
        <source>Loading members…</source>
        <translation>Ladataan jäseniä…</translation>
    </message>
    <message>
        <source>Could not load the members: %1</source>
        <translation>Jäseniä ei voitu ladata: %1</translation>
    </message>
    <message>
        <source>Invited %1.</source>
        <translation>Kutsuttu: %1.</translation>
    </message>
    <message>
        <source>You will no longer be able to invite or remove members, change roles or change the project&apos;s settings. Only another admin can make you an admin again.</source>
        <translation>Et voi enää kutsua tai poistaa jäseniä, vaihtaa rooleja tai muuttaa projektin asetuksia. Vain toinen ylläpitäjä voi tehdä sinusta taas ylläpitäjän.</translation>
    </message>
    <message>
        <source>The project will have no admin left: nobody will be able to manage its members or settings, except your organization&apos;s admins.</source>
        <translation>Projektille ei jää ylläpitäjää: kukaan ei voi hallita sen jäseniä tai asetuksia organisaatiosi ylläpitäjiä lukuun ottamatta.</translation>
    </message>
    <message>
        <source>Give Up Admin Rights</source>
        <translation>Luovu ylläpito-oikeuksista</translation>
    </message>
    <message>
        <source>Demote the Last Admin</source>
        <translation>Alenna viimeinen ylläpitäjä</translation>
    </message>
    <message>
        <source>Change your own role to %1?</source>
        <translation>Vaihdetaanko oma roolisi: %1?</translation>
    </message>
    <message>
        <source>Change the role of %1, the project&apos;s only admin, to %2?</source>
        <translation>Vaihdetaanko projektin ainoan ylläpitäjän %1 rooliksi %2?</translation>
    </message>
    <message>
        <source>&amp;Change Role</source>
        <translation>&amp;Vaihda rooli</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 on nyt %2.</translation>
    </message>
    <message>
        <source>You lose access to “%1” and its services at once, and it leaves your project list. Only a project admin can invite you back.</source>
        <translation>Menetät heti pääsyn projektiin ”%1” ja sen palveluihin, ja se poistuu projektiluettelostasi. Vain projektin ylläpitäjä voi kutsua sinut takaisin.</translation>
    </message>
    <message>
        <source>Leave Project</source>
        <translation>Poistu projektista</translation>
    </message>
    <message>
        <source>Remove yourself from “%1”?</source>
        <translation>Poistetaanko sinut projektista ”%1”?</translation>
    </message>
    <message>
        <source>Remove the Last Admin</source>
        <translation>Poista viimeinen ylläpitäjä</translation>
    </message>
    <message>
        <source>Remove %1, the only admin of “%2”?</source>
        <translation>Poistetaanko %1, projektin ”%2” ainoa ylläpitäjä?</translation>
    </message>
    <message>
        <source>%1 loses access to the project and its services at once.</source>
        <translation>%1 menettää heti pääsyn projektiin ja sen palveluihin.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation>Poista jäsen</translation>
    </message>
    <message>
        <source>Remove %1 from “%2”?</source>
        <translation>Poistetaanko %1 projektista ”%2”?</translation>
    </message>
    <message>
        <source>%1 loses access to the project and its services at once. You can invite them again later.</source>
        <translation>%1 menettää heti pääsyn projektiin ja sen palveluihin. Voit kutsua hänet myöhemmin uudelleen.</translation>
    </message>
    <message>
        <source>Removing %1…</source>
        <translation>Poistetaan: %1…</translation>
    </message>
    <message>
        <source>You left “%1”.</source>
        <translation>Poistuit projektista ”%1”.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Poistettu: %1.</translation>
    </message>
    <message>
        <source>Canceling the invitation of %1…</source>
        <translation>Perutaan kutsua: %1…</translation>
    </message>
    <message>
        <source>Canceled the invitation of %1.</source>
        <translation>Kutsu peruttu: %1.</translation>
    </message>
</context>
<context>
    <name>fjord::ProjectMembersModel</name>
    <message>
        <source>Invited by %1</source>
        <translation>Kutsuja: %1</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Jäsen</translation>
    </message>
    <message>
        <source>Member via team %1</source>
        <translation>Jäsen tiimin %1 kautta</translation>
    </message>
    <message>
        <source>Invited on %1</source>
        <translation>Kutsuttu %1</translation>
    </message>
    <message>
        <source>Member since %1</source>
        <translation>Jäsen %1 alkaen</translation>
    </message>
    <message>
        <source>%1, invitation pending</source>
        <translation>%1, kutsu odottaa</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Alkaen</translation>
    </message>
</context>
<context>
    <name>fjord::ProjectPeopleActions</name>
    <message>
        <source>&amp;Members…</source>
        <translation>&amp;Jäsenet…</translation>
    </message>
    <message>
        <source>Edit &amp;Tags of Selected Projects…</source>
        <translation>Muokkaa valittujen projektien &amp;tageja…</translation>
    </message>
    <message>
        <source>See who is in the selected project; invite people, change roles, remove members</source>
        <translation>Katso, ketkä ovat valitussa projektissa; kutsu henkilöitä, vaihda rooleja, poista jäseniä</translation>
    </message>
    <message>
        <source>Add, change or remove one tag on every selected project, leaving other tags alone</source>
        <translation>Lisää, muuta tai poista yksi tagi kaikista valituista projekteista muita tageja koskematta</translation>
    </message>
    <message numerus="yes">
        <source>Edit &amp;Tags of %n Project(s)…</source>
        <translation>
            <numerusform>Muokkaa %n projektin &amp;tageja…</numerusform>
            <numerusform>Muokkaa %n projektin &amp;tageja…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished editing tags of %n project(s).</source>
        <translation>
            <numerusform>%n projektin tagit muokattu.</numerusform>
            <numerusform>%n projektin tagit muokattu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fjord::ProjectServicesSection</name>
    <message>
        <source>Services</source>
        <translation>Palvelut</translation>
    </message>
    <message>
        <source>&amp;Event Log…</source>
        <translation>&amp;Tapahtumaloki…</translation>
    </message>
    <message>
        <source>CA &amp;Certificate…</source>
        <translation>CA-&amp;varmenne…</translation>
    </message>
    <message>
        <source>Services of the project</source>
        <translation>Projektin palvelut</translation>
    </message>
    <message>
        <source>Event log of the project</source>
        <translation>Projektin tapahtumaloki</translation>
    </message>
    <message>
        <source>Who did what in this project, newest first</source>
        <translation>Kuka teki mitä tässä projektissa, uusin ensin</translation>
    </message>
    <message>
        <source>CA certificate of the project</source>
        <translation>Projektin CA-varmenne</translation>
    </message>
    <message>
        <source>The certificate authority that signs the services&apos; certificates</source>
        <translation>Varmentaja, joka allekirjoittaa palveluiden varmenteet</translation>
    </message>
    <message>
        <source>Loading services…</source>
        <translation>Ladataan palveluita…</translation>
    </message>
    <message>
        <source>This project has no services.</source>
        <translation>Tällä projektilla ei ole palveluita.</translation>
    </message>
    <message>
        <source>%1 of %2 powered on.</source>
        <translation>%1/%2 käynnissä.</translation>
    </message>
    <message>
        <source>Your access to this project does not include its services.</source>
        <translation>Käyttöoikeutesi tähän projektiin ei sisällä sen palveluita.</translation>
    </message>
    <message>
        <source>Could not load the services: %1</source>
        <translation>Palveluita ei voitu ladata: %1</translation>
    </message>
</context>
<context>
    <name>fjord::ProviderStyle</name>
    <message>
        <source>Amazon Web Services</source>
        <translation>Amazon Web Services</translation>
    </message>
    <message>
        <source>Microsoft Azure</source>
        <translation>Microsoft Azure</translation>
    </message>
    <message>
        <source>DigitalOcean</source>
        <translation>DigitalOcean</translation>
    </message>
    <message>
        <source>Google Cloud</source>
        <translation>Google Cloud</translation>
    </message>
    <message>
        <source>UpCloud</source>
        <translation>UpCloud</translation>
    </message>
</context>
<context>
    <name>fjord::RegionBrowserWidget</name>
    <message>
        <source>Search regions, e.g. &quot;frankfurt&quot; or &quot;google europe&quot;</source>
        <translation>Hae alueita, esim. &quot;frankfurt&quot; tai &quot;google europe&quot;</translation>
    </message>
    <message>
        <source>Search regions</source>
        <translation>Hae alueita</translation>
    </message>
    <message>
        <source>Show %1 regions</source>
        <translation>Näytä palveluntarjoajan %1 alueet</translation>
    </message>
    <message>
        <source>Geographic region</source>
        <translation>Maantieteellinen alue</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Järjestys</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>Alueittain</translation>
    </message>
    <message>
        <source>Nearest first</source>
        <translation>Lähimmät ensin</translation>
    </message>
    <message>
        <source>Your location</source>
        <translation>Sijaintisi</translation>
    </message>
    <message>
        <source>Your location, for &quot;Nearest first&quot;</source>
        <translation>Sijaintisi järjestystä &quot;Lähimmät ensin&quot; varten</translation>
    </message>
    <message>
        <source>Location unknown</source>
        <translation>Sijainti tuntematon</translation>
    </message>
    <message>
        <source>Pick on map</source>
        <translation>Valitse kartalta</translation>
    </message>
    <message>
        <source>Click the map to set your location</source>
        <translation>Aseta sijaintisi napsauttamalla karttaa</translation>
    </message>
    <message>
        <source>Pick your location on the map</source>
        <translation>Valitse sijaintisi kartalta</translation>
    </message>
    <message>
        <source>&amp;Near:</source>
        <translation>&amp;Lähellä:</translation>
    </message>
    <message>
        <source>Cloud regions</source>
        <translation>Pilvialueet</translation>
    </message>
    <message>
        <source>Picked on the map</source>
        <translation>Valittu kartalta</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Kaikki alueet</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n alue</numerusform>
            <numerusform>%n aluetta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n region(s)</source>
        <translation>
            <numerusform>%1 / %n alue</numerusform>
            <numerusform>%1 / %n aluetta</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Alue:</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Järjestys:</translation>
    </message>
</context>
<context>
    <name>fjord::RegionPickerDialog</name>
    <message>
        <source>Choose a Cloud Region</source>
        <translation>Valitse pilvialue</translation>
    </message>
    <message>
        <source>Choose a cloud region</source>
        <translation>Valitse pilvialue</translation>
    </message>
    <message>
        <source>&amp;Choose Region</source>
        <translation>&amp;Valitse alue</translation>
    </message>
    <message>
        <source>Choose region</source>
        <translation>Valitse alue</translation>
    </message>
    <message>
        <source>No region selected</source>
        <translation>Aluetta ei ole valittu</translation>
    </message>
    <message>
        <source>Selected: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>Valittu: &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
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
    <name>fjord::SandboxHost</name>
    <message>
        <source>Using the sandbox of the Fjord that already runs on %1 (process %2).</source>
        <translation>Käytetään jo käynnissä olevan Fjordin hiekkalaatikkoa osoitteessa %1 (prosessi %2).</translation>
    </message>
    <message>
        <source>%1. Close the other Fjord, or start this one with another sandbox.</source>
        <translation>%1. Sulje toinen Fjord tai käynnistä tämä toisella hiekkalaatikolla.</translation>
    </message>
</context>
<context>
    <name>fjord::SandboxServer</name>
    <message>
        <source>Cannot listen on 127.0.0.1:%1 (is the port in use?)</source>
        <translation>Osoitetta 127.0.0.1:%1 ei voi kuunnella (onko portti käytössä?)</translation>
    </message>
</context>
<context>
    <name>fjord::ServiceBlockersNotice</name>
    <message>
        <source>Services that block the rename</source>
        <translation>Uudelleennimeämisen estävät palvelut</translation>
    </message>
    <message>
        <source>Services that block the delete</source>
        <translation>Poistamisen estävät palvelut</translation>
    </message>
    <message>
        <source>Could not check the project&apos;s services: %1</source>
        <translation>Projektin palveluita ei voitu tarkistaa: %1</translation>
    </message>
    <message>
        <source>Renaming needs every service powered off. Still powered on: %1.</source>
        <translation>Uudelleennimeäminen vaatii kaikkien palveluiden sammuttamisen. Yhä käynnissä: %1.</translation>
    </message>
    <message>
        <source>Deleting needs the project&apos;s services deleted first. It still has: %1.</source>
        <translation>Poistaminen vaatii projektin palveluiden poistamisen ensin. Sillä on vielä: %1.</translation>
    </message>
</context>
<context>
    <name>fjord::ServiceListModel</name>
    <message>
        <source>Running</source>
        <translation>Käynnissä</translation>
    </message>
    <message>
        <source>Powered off</source>
        <translation>Sammutettu</translation>
    </message>
    <message>
        <source>Rebuilding</source>
        <translation>Rakennetaan uudelleen</translation>
    </message>
    <message>
        <source>Rebalancing</source>
        <translation>Tasapainotetaan</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tuntematon</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>On</source>
        <translation>Päällä</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Pois</translation>
    </message>
    <message>
        <source>Protected against termination and powering off</source>
        <translation>Suojattu lopettamiselta ja sammuttamiselta</translation>
    </message>
    <message>
        <source>Not protected against termination</source>
        <translation>Ei suojattu lopettamiselta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Paketti</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Pilvi</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Solmut</translation>
    </message>
    <message>
        <source>Termination protection</source>
        <translation>Lopetussuojaus</translation>
    </message>
</context>
<context>
    <name>fjord::SessionController</name>
    <message>
        <source>Your session for %1 has ended or the token was revoked. Sign in again to continue.</source>
        <translation>Istuntosi kohteeseen %1 on päättynyt tai tunniste on mitätöity. Jatka kirjautumalla uudelleen.</translation>
    </message>
    <message>
        <source>AIVEN_AUTH_TOKEN</source>
        <translation>AIVEN_AUTH_TOKEN</translation>
    </message>
    <message>
        <source>Sign in to %1.</source>
        <translation>Kirjaudu kohteeseen %1.</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Paikallinen hiekkalaatikko</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Ei kirjautunut</translation>
    </message>
    <message>
        <source>Sign in again to %1 to continue</source>
        <translation>Jatka kirjautumalla uudelleen kohteeseen %1</translation>
    </message>
    <message>
        <source>Local sandbox at %1 (signed in as %2)</source>
        <translation>Paikallinen hiekkalaatikko osoitteessa %1 (kirjautunut: %2)</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Yhdistetty kohteeseen %1</translation>
    </message>
    <message>
        <source>Signed in as %1 at %2</source>
        <translation>Kirjautunut käyttäjänä %1 kohteeseen %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 kohteessa %2</translation>
    </message>
    <message>
        <source>The keychain is not available (%1). Sign in to %2 again.</source>
        <translation>Avainnippu ei ole käytettävissä (%1). Kirjaudu uudelleen kohteeseen %2.</translation>
    </message>
    <message>
        <source>A call to %1 failed: %2</source>
        <translation>Kutsu kohteeseen %1 epäonnistui: %2</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Yhdistetään kohteeseen %1…</translation>
    </message>
</context>
<context>
    <name>fjord::SignInAttempt</name>
    <message>
        <source>The local sandbox could not start: %1</source>
        <translation>Paikallinen hiekkalaatikko ei käynnistynyt: %1</translation>
    </message>
    <message>
        <source>The one-time code was not accepted. Try again.</source>
        <translation>Kertakoodia ei hyväksytty. Yritä uudelleen.</translation>
    </message>
    <message>
        <source>The email address or password is not correct.</source>
        <translation>Sähköpostiosoite tai salasana on väärin.</translation>
    </message>
    <message>
        <source>The API did not accept this token. It may have expired or been revoked.</source>
        <translation>Rajapinta ei hyväksynyt tätä tunnistetta. Se voi olla vanhentunut tai peruttu.</translation>
    </message>
    <message>
        <source>Enter an API token.</source>
        <translation>Anna API-tunniste.</translation>
    </message>
    <message>
        <source>Enter your email address and password.</source>
        <translation>Anna sähköpostiosoitteesi ja salasanasi.</translation>
    </message>
    <message>
        <source>Enter the one-time code from your authenticator app.</source>
        <translation>Anna todennussovelluksesi kertakoodi.</translation>
    </message>
    <message>
        <source>The API&apos;s answer did not contain a token.</source>
        <translation>Rajapinnan vastauksessa ei ollut tunnistetta.</translation>
    </message>
    <message>
        <source>The local sandbox is not available.</source>
        <translation>Paikallinen hiekkalaatikko ei ole käytettävissä.</translation>
    </message>
</context>
<context>
    <name>fjord::SignInDialog</name>
    <message>
        <source>Sign in to Aiven</source>
        <translation>Kirjaudu Aiveniin</translation>
    </message>
    <message>
        <source>Why sign-in is needed</source>
        <translation>Miksi kirjautuminen tarvitaan</translation>
    </message>
    <message>
        <source>Way to sign in</source>
        <translation>Kirjautumistapa</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-tunniste</translation>
    </message>
    <message>
        <source>Paste a token from the Aiven Console</source>
        <translation>Liitä tunniste Aiven Consolesta</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API-&amp;tunniste:</translation>
    </message>
    <message>
        <source>&amp;Import from avn</source>
        <translation>&amp;Tuo avn:stä</translation>
    </message>
    <message>
        <source>Import the token from avn</source>
        <translation>Tuo tunniste avn:stä</translation>
    </message>
    <message>
        <source>Reads %1</source>
        <translation>Lukee tiedoston %1</translation>
    </message>
    <message>
        <source>API to&amp;ken</source>
        <translation>API-tu&amp;nniste</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Sähköpostiosoite</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Kertakäyttökoodi</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Sähköposti:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Sa&amp;lasana:</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>Kertakäyttö&amp;koodi:</translation>
    </message>
    <message>
        <source>Email and &amp;password</source>
        <translation>Sähköposti ja &amp;salasana</translation>
    </message>
    <message>
        <source>Try Fjord without an Aiven account: a local sandbox that behaves like the Aiven API runs on this computer only.</source>
        <translation>Kokeile Fjordia ilman Aiven-tiliä: paikallinen hiekkalaatikko, joka toimii kuten Aivenin API, toimii vain tällä tietokoneella.</translation>
    </message>
    <message>
        <source>Local &amp;sandbox</source>
        <translation>Paikallinen &amp;hiekkalaatikko</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>API-osoite</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA-varmennetiedosto</translation>
    </message>
    <message>
        <source>System certificates</source>
        <translation>Järjestelmän varmenteet</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Selaa...</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>Valitse CA-varmennetiedosto</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profiilin nimi</translation>
    </message>
    <message>
        <source>Chosen from the email and host</source>
        <translation>Valitaan sähköpostista ja palvelimesta</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>API-&amp;osoite:</translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation>C&amp;A-tiedosto:</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>Profiilin &amp;nimi:</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Varmenteen tiedot</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Kirjaudu</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Kirjaudu</translation>
    </message>
    <message>
        <source>&amp;Start Sandbox</source>
        <translation>&amp;Käynnistä hiekkalaatikko</translation>
    </message>
    <message>
        <source>Checking the token...</source>
        <translation>Tarkistetaan tunnistetta...</translation>
    </message>
    <message>
        <source>Signing in...</source>
        <translation>Kirjaudutaan...</translation>
    </message>
    <message>
        <source>Starting the local sandbox...</source>
        <translation>Käynnistetään paikallista hiekkalaatikkoa...</translation>
    </message>
    <message>
        <source>Imported the token from avn.</source>
        <translation>Tunniste tuotiin avn:stä.</translation>
    </message>
    <message>
        <source>Imported the token of %1 from avn.</source>
        <translation>Käyttäjän %1 tunniste tuotiin avn:stä.</translation>
    </message>
    <message>
        <source>CA Certificate File</source>
        <translation>CA-varmennetiedosto</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-varmenteet (*.pem *.crt *.cer);;Kaikki tiedostot (*)</translation>
    </message>
</context>
<context>
    <name>fjord::TagTableEditor</name>
    <message>
        <source>Tags</source>
        <translation>Tunnisteet</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Avain</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <source>Add &amp;tag</source>
        <translation>Lisää &amp;tunniste</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Lisää tunniste</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>P&amp;oista</translation>
    </message>
    <message>
        <source>Remove selected tags</source>
        <translation>Poista valitut tunnisteet</translation>
    </message>
    <message>
        <source>A project can have at most %1 tags.</source>
        <translation>Projektilla voi olla enintään %1 tagia.</translation>
    </message>
</context>
<context>
    <name>fjord::WorldMapView</name>
    <message>
        <source>World map of cloud regions</source>
        <translation>Pilvialueiden maailmankartta</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Lähennä (+)</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Loitonna (-)</translation>
    </message>
    <message>
        <source>Show the whole world (0)</source>
        <translation>Näytä koko maailma (0)</translation>
    </message>
    <message>
        <source>Click the map to set your location</source>
        <translation>Aseta sijaintisi napsauttamalla karttaa</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n regions&lt;/b&gt; (click to zoom in)</source>
        <translation>
            <numerusform>&lt;b&gt;%n alue&lt;/b&gt; (lähennä napsauttamalla)</numerusform>
            <numerusform>&lt;b&gt;%n aluetta&lt;/b&gt; (lähennä napsauttamalla)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ja %n muu</numerusform>
            <numerusform>ja %n muuta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) shown.</source>
        <translation>
            <numerusform>%n alue näkyvissä.</numerusform>
            <numerusform>%n aluetta näkyvissä.</numerusform>
        </translation>
    </message>
    <message>
        <source>Region on the map; press to select it</source>
        <translation>Alue kartalla; paina valitaksesi sen</translation>
    </message>
    <message>
        <source>Selected: %1.</source>
        <translation>Valittu: %1.</translation>
    </message>
    <message>
        <source>Arrow keys move to the nearest region in that direction, Enter chooses, plus and minus zoom, Shift with arrow keys pans, 0 shows the whole world. Every region is also in the list beside the map.</source>
        <translation>Nuolinäppäimet siirtävät lähimpään alueeseen siihen suuntaan, Enter valitsee, plus ja miinus zoomaavat, Vaihto ja nuolinäppäimet siirtävät karttaa, 0 näyttää koko maailman. Jokainen alue on myös kartan vieressä olevassa luettelossa.</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A local server that answers like the Aiven REST API (projects, clouds, billing groups, sign-in), on 127.0.0.1 only.</source>
        <translation>Paikallinen palvelin, joka vastaa kuten Aivenin REST-rajapinta (projektit, pilvet, laskutusryhmät, kirjautuminen), vain osoitteessa 127.0.0.1.</translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free one.</source>
        <translation>Kuunneltava portti; 0 valitsee vapaan.</translation>
    </message>
    <message>
        <source>JSON file that keeps the state across restarts (default: in memory only).</source>
        <translation>JSON-tiedosto, joka säilyttää tilan uudelleenkäynnistysten yli (oletus: vain muistissa).</translation>
    </message>
    <message>
        <source>The API token the server accepts (default: %1).</source>
        <translation>Palvelimen hyväksymä rajapinnan tunniste (oletus: %1).</translation>
    </message>
    <message>
        <source>Invalid port: %1</source>
        <translation>Virheellinen portti: %1</translation>
    </message>
    <message>
        <source>Connections open at once; a new one closes the one idle longest (default: %1).</source>
        <translation>Yhtäaikaiset yhteydet; uusi yhteys sulkee pisimpään joutilaana olleen (oletus: %1).</translation>
    </message>
    <message>
        <source>Seconds after which an idle connection is closed (default: %1).</source>
        <translation>Sekunnit, joiden jälkeen joutilas yhteys suljetaan (oletus: %1).</translation>
    </message>
    <message>
        <source>Invalid --max-connections or --idle-timeout</source>
        <translation>Virheellinen --max-connections tai --idle-timeout</translation>
    </message>
    <message>
        <source>Not starting: nothing could be saved. Free the file or its folder, or pass another --data file.</source>
        <translation>Ei käynnistetä: mitään ei voitaisi tallentaa. Vapauta tiedosto tai sen kansio, tai anna toinen --data-tiedosto.</translation>
    </message>
</context>
</TS>
