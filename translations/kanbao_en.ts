<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>kanbao::AnnotationsPanel</name>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="227"/>
        <source>(no headline)</source>
        <translation>(no headline)</translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="229"/>
        <source>No article open</source>
        <translation>No article open</translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="238"/>
        <source>No highlights or notes yet</source>
        <translation>No highlights or notes yet</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/notes/annotationspanel.cpp" line="240"/>
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n highlight</numerusform>
            <numerusform>%n highlights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/notes/annotationspanel.cpp" line="241"/>
        <source>%n note(s) on the article</source>
        <translation>
            <numerusform>%n note on the article</numerusform>
            <numerusform>%n notes on the article</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="245"/>
        <source>Open a library to highlight articles and take notes.</source>
        <translation>Open a library to highlight articles and take notes.</translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="247"/>
        <source>Open an article to see its highlights and notes.</source>
        <translation>Open an article to see its highlights and notes.</translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="249"/>
        <source>Select text in the article and click a color above to highlight it. Right-click the selection for more.</source>
        <translation>Select text in the article and click a color above to highlight it. Right-click the selection for more.</translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="277"/>
        <source>Add a note to this highlight…</source>
        <translation>Add a note to this highlight…</translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="277"/>
        <source>Write a note on the article…</source>
        <translation>Write a note on the article…</translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="306"/>
        <source>No library is open.</source>
        <translation>No library is open.</translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="319"/>
        <source>Select some text of the article first.</source>
        <translation>Select some text of the article first.</translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="387"/>
        <source>Color</source>
        <translation>Color</translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="394"/>
        <source>Copy Quote</source>
        <translation>Copy Quote</translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="398"/>
        <source>Edit Note</source>
        <translation>Edit Note</translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="401"/>
        <location filename="../ui/notes/annotationspanel.cpp" line="440"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="435"/>
        <source>Highlight:</source>
        <translation>Highlight:</translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="436"/>
        <source>Highlight the text selected in the article</source>
        <translation>Highlight the text selected in the article</translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="437"/>
        <source>+ Note</source>
        <translation>+ Note</translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="438"/>
        <source>Write a note on the whole article</source>
        <translation>Write a note on the whole article</translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="439"/>
        <source>Color:</source>
        <translation>Color:</translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="441"/>
        <source>Delete this annotation (it can be undone)</source>
        <translation>Delete this annotation (it can be undone)</translation>
    </message>
</context>
<context>
    <name>kanbao::ArchiveWalker</name>
    <message>
        <location filename="../app/import/archivewalk.cpp" line="41"/>
        <source>the path is too long for the system (%1 bytes; the limit is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/import/archivewalk.cpp" line="64"/>
        <source>a broken symbolic link (what it points to does not exist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/import/archivewalk.cpp" line="73"/>
        <source>a folder already read (a symbolic link back to it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/import/archivewalk.cpp" line="82"/>
        <source>a named pipe (FIFO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/import/archivewalk.cpp" line="83"/>
        <source>a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/import/archivewalk.cpp" line="84"/>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/import/archivewalk.cpp" line="85"/>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/import/archivewalk.cpp" line="87"/>
        <source>is %1, not a page file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/import/archivewalk.cpp" line="89"/>
        <source>is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/import/archivewalk.cpp" line="93"/>
        <source>not a page format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/import/archivewalk.cpp" line="108"/>
        <source>the folder cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/import/archivewalk.cpp" line="135"/>
        <source>the folder could not be read to the end: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/import/archivewalk.cpp" line="140"/>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/import/archivewalk.cpp" line="163"/>
        <source>the file name is not UTF-8; shown as read in GB18030</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/import/archivewalk.cpp" line="167"/>
        <source>the file name is not UTF-8 and not GB18030; shown with its bytes as Latin-1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kanbao::ArticleListModel</name>
    <message>
        <location filename="../ui/articlelistmodel.cpp" line="95"/>
        <source>(no headline)</source>
        <translation>(no headline)</translation>
    </message>
    <message>
        <location filename="../ui/articlelistmodel.cpp" line="103"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>kanbao::ArticleView</name>
    <message>
        <location filename="../ui/articleview.cpp" line="78"/>
        <source>Reporter: %1</source>
        <translation>Reporter: %1</translation>
    </message>
    <message>
        <location filename="../ui/articleview.cpp" line="80"/>
        <source>Correspondent: %1</source>
        <translation>Correspondent: %1</translation>
    </message>
    <message>
        <location filename="../ui/articleview.cpp" line="82"/>
        <source>Author: %1</source>
        <translation>Author: %1</translation>
    </message>
    <message>
        <location filename="../ui/articleview.cpp" line="84"/>
        <source>Photo: %1</source>
        <translation>Photo: %1</translation>
    </message>
    <message>
        <location filename="../ui/articleview.cpp" line="98"/>
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
    <message>
        <location filename="../ui/articleview.cpp" line="117"/>
        <source>(date guessed; Edit ▸ Confirm Date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/articleview.cpp" line="156"/>
        <source>Choose a day in the calendar and an article to read it.</source>
        <translation>Choose a day in the calendar and an article to read it.</translation>
    </message>
    <message>
        <location filename="../ui/articleview.cpp" line="178"/>
        <location filename="../ui/articleview.cpp" line="212"/>
        <source>(no headline)</source>
        <translation>(no headline)</translation>
    </message>
    <message>
        <location filename="../ui/articleview.cpp" line="193"/>
        <source>This page was read only in part: %1. Check the article against its source.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kanbao::CitationController</name>
    <message>
        <location filename="../ui/citationcontroller.cpp" line="134"/>
        <source>Copy Citation (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/citationcontroller.cpp" line="136"/>
        <source>Export %n Reference(s)…</source>
        <translation>
            <numerusform>Export %n Reference…</numerusform>
            <numerusform>Export %n References…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/citationcontroller.cpp" line="186"/>
        <source>No library is open.</source>
        <translation type="unfinished">No library is open.</translation>
    </message>
    <message>
        <location filename="../ui/citationcontroller.cpp" line="193"/>
        <source>Article %1 is no longer in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/citationcontroller.cpp" line="211"/>
        <source>Open or select an article to cite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/citationcontroller.cpp" line="217"/>
        <source>Copy Citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/citationcontroller.cpp" line="222"/>
        <source>%n citation(s) copied (%1)</source>
        <translation>
            <numerusform>%n citation copied (%1)</numerusform>
            <numerusform>%n citations copied (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/citationcontroller.cpp" line="229"/>
        <source>There are no articles to export: select some, or search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/citationcontroller.cpp" line="235"/>
        <location filename="../ui/citationcontroller.cpp" line="258"/>
        <source>Export References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/citationcontroller.cpp" line="243"/>
        <source>RIS (*.ris);;BibTeX (*.bib);;CSL-JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/citationcontroller.cpp" line="245"/>
        <source>Export %n Reference(s)</source>
        <translation>
            <numerusform>Export %n Reference</numerusform>
            <numerusform>Export %n References</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/citationcontroller.cpp" line="259"/>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/citationcontroller.cpp" line="263"/>
        <source>%n reference(s) exported as %1 to %2</source>
        <translation>
            <numerusform>%n reference exported as %1 to %2</numerusform>
            <numerusform>%n references exported as %1 to %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/citationcontroller.cpp" line="277"/>
        <source>Copy C&amp;itation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/citationcontroller.cpp" line="279"/>
        <source>Copy the reference of the selected or open articles in the chosen citation style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/citationcontroller.cpp" line="280"/>
        <source>Export &amp;References…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/citationcontroller.cpp" line="282"/>
        <source>Export the references of the selected or open articles as RIS, BibTeX or CSL-JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/citationcontroller.cpp" line="283"/>
        <source>Export Search Results as Re&amp;ferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/citationcontroller.cpp" line="284"/>
        <source>Citation &amp;Style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/citationcontroller.cpp" line="287"/>
        <source>GB/T 7714-2015 (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/citationcontroller.cpp" line="288"/>
        <source>Chicago (English)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kanbao::CollectionActions</name>
    <message>
        <location filename="../ui/search/collectionactions.cpp" line="66"/>
        <source>The library is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/collectionactions.cpp" line="67"/>
        <source>Select or open an article first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/collectionactions.cpp" line="88"/>
        <source>Add to Co&amp;llection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/collectionactions.cpp" line="107"/>
        <source>Add to &amp;Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/search/collectionactions.cpp" line="112"/>
        <source>%1 (%n article(s))</source>
        <translation>
            <numerusform>%1 (%n article)</numerusform>
            <numerusform>%1 (%n articles)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/search/collectionactions.cpp" line="119"/>
        <source>&amp;New Collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/collectionactions.cpp" line="152"/>
        <source>Add to Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/search/collectionactions.cpp" line="154"/>
        <source>%n article(s) added to the collection %1</source>
        <translation>
            <numerusform>%n article added to the collection %1</numerusform>
            <numerusform>%n articles added to the collection %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/search/collectionactions.cpp" line="161"/>
        <source>New Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/collectionactions.cpp" line="161"/>
        <source>Name of the collection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/collectionactions.cpp" line="183"/>
        <location filename="../ui/search/collectionactions.cpp" line="187"/>
        <source>Rename Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/collectionactions.cpp" line="183"/>
        <source>New name of the collection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/collectionactions.cpp" line="202"/>
        <location filename="../ui/search/collectionactions.cpp" line="210"/>
        <source>Delete Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/search/collectionactions.cpp" line="203"/>
        <source>Delete the collection “%1” (%n article(s))? The articles stay in the library; Edit ▸ Undo brings the collection back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/search/collectionactions.cpp" line="212"/>
        <source>Collection %1 deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/collectionactions.cpp" line="240"/>
        <source>The collection %1 has no articles to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/search/collectionactions.cpp" line="249"/>
        <source>Export %n Article(s) as Full Text</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/search/collectionactions.cpp" line="250"/>
        <source>CSV (*.csv);;JSON Lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/collectionactions.cpp" line="264"/>
        <source>Export Full Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/collectionactions.cpp" line="265"/>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/search/collectionactions.cpp" line="270"/>
        <source>%n article(s) exported to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kanbao::CollectionModel</name>
    <message numerus="yes">
        <location filename="../ui/search/collectionmodel.cpp" line="34"/>
        <source>%1 (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/search/collectionmodel.cpp" line="36"/>
        <source>%1: %n article(s). Click to list them; right-click to rename, delete or export.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kanbao::Collections</name>
    <message>
        <location filename="../app/library/searchlists.cpp" line="163"/>
        <location filename="../app/library/searchlists.cpp" line="254"/>
        <source>A collection needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/searchlists.cpp" line="216"/>
        <source>No article with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/searchlists.cpp" line="256"/>
        <source>There is already a collection named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/searchlists.cpp" line="263"/>
        <location filename="../app/library/searchlists.cpp" line="274"/>
        <source>There is no such collection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kanbao::CollectionsPanel</name>
    <message>
        <location filename="../ui/search/collectionspanel.cpp" line="59"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/collectionspanel.cpp" line="63"/>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/collectionspanel.cpp" line="66"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/collectionspanel.cpp" line="70"/>
        <source>Export Full &amp;Text (CSV, JSON Lines)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/collectionspanel.cpp" line="73"/>
        <source>Export Re&amp;ferences (RIS, BibTeX, CSL-JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/collectionspanel.cpp" line="100"/>
        <source>No collections yet. Right-click articles in a list or the article pane and choose Add to Collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/collectionspanel.cpp" line="102"/>
        <source>Click a collection to list its articles; right-click to rename, delete or export it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kanbao::ConcordanceModel</name>
    <message>
        <location filename="../ui/search/concordancemodel.cpp" line="77"/>
        <source>Left context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/concordancemodel.cpp" line="79"/>
        <source>Hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/concordancemodel.cpp" line="81"/>
        <source>Right context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/concordancemodel.cpp" line="83"/>
        <source>Date</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <location filename="../ui/search/concordancemodel.cpp" line="85"/>
        <source>Paper</source>
        <translation type="unfinished">Paper</translation>
    </message>
</context>
<context>
    <name>kanbao::ConcordanceView</name>
    <message>
        <location filename="../ui/search/searchoverview.cpp" line="132"/>
        <source> characters each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/searchoverview.cpp" line="133"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/search/searchoverview.cpp" line="171"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/search/searchoverview.cpp" line="172"/>
        <source>in %n article(s)</source>
        <translation>
            <numerusform>in %n article</numerusform>
            <numerusform>in %n articles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/search/searchoverview.cpp" line="186"/>
        <location filename="../ui/search/searchoverview.cpp" line="195"/>
        <source>Export concordance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/searchoverview.cpp" line="187"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/searchoverview.cpp" line="196"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>kanbao::CorrectionsController</name>
    <message>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="129"/>
        <source>Show &amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="130"/>
        <source>The page&apos;s text as imported, beside the article, its lines marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="135"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="135"/>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="184"/>
        <source>Article %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="196"/>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="218"/>
        <source>Show Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="216"/>
        <source>Open Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="377"/>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="454"/>
        <source>Kicker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="381"/>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="456"/>
        <source>Subheadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="385"/>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="455"/>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="390"/>
        <source>The article&apos;s %1, as printed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="403"/>
        <source>Byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="404"/>
        <source>Roles and names, groups separated by “；”:
记者 张三、李四；通讯员 王五 (roles: 记者, 通讯员, 作者, 摄影)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="432"/>
        <source>Split Article Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="437"/>
        <source>Correct Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="439"/>
        <source>Merge with Next Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="442"/>
        <source>Merge with Previous Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="450"/>
        <source>Take Paragraph As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="463"/>
        <source>Type Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="467"/>
        <source>Kicker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="468"/>
        <source>Headline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="469"/>
        <source>Subheadline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="474"/>
        <source>Edit Byline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="478"/>
        <source>Move Paragraph to Previous Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="483"/>
        <source>Move Paragraph to Next Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="489"/>
        <source>Not an Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="491"/>
        <source>An advertisement or page furniture: hidden from contents and search, not deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kanbao::CorrectionsStore</name>
    <message>
        <location filename="../app/library/corrections.cpp" line="1038"/>
        <location filename="../app/library/corrections.cpp" line="1119"/>
        <source>a %1 correction is made on a page, not an article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/corrections.cpp" line="1045"/>
        <location filename="../app/library/corrections.cpp" line="1124"/>
        <source>%1 needs a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/corrections.cpp" line="1050"/>
        <location filename="../app/library/corrections.cpp" line="1130"/>
        <source>byline “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/corrections.cpp" line="1140"/>
        <location filename="../app/library/corrections.cpp" line="1148"/>
        <source>no article %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/corrections.cpp" line="1062"/>
        <source>“%1” is not in article %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/corrections.cpp" line="1040"/>
        <source>no article %1 on the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/corrections.cpp" line="1070"/>
        <source>article %1 has no text to hold the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/corrections.cpp" line="1089"/>
        <source>article %1 already starts with “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/corrections.cpp" line="1090"/>
        <source>article %1 is already so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/corrections.cpp" line="1092"/>
        <source>article %1 is the last on its page: there is no next article to merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/corrections.cpp" line="1094"/>
        <source>article %1 is the first on its page: there is no previous article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/corrections.cpp" line="1097"/>
        <source>“%1” is the only paragraph of article %2: merge the article instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/corrections.cpp" line="1101"/>
        <source>“%1” is the only text of article %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/corrections.cpp" line="1103"/>
        <source>byline “%1” cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/corrections.cpp" line="1105"/>
        <source>the text of article %1 could not be anchored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/corrections.cpp" line="1201"/>
        <location filename="../app/library/corrections.cpp" line="1361"/>
        <source>a %1 correction is made on an article, not a page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/corrections.cpp" line="1300"/>
        <source>no import %1 in %2 (see kanbao-cli imports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/corrections.cpp" line="1353"/>
        <source>no pages to correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/corrections.cpp" line="1365"/>
        <source>paper needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/library/corrections.cpp" line="1421"/>
        <source>the %n pages are already so</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/library/corrections.cpp" line="1204"/>
        <location filename="../app/library/corrections.cpp" line="1371"/>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/corrections.cpp" line="450"/>
        <source>“%1” names nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/corrections.cpp" line="458"/>
        <source>“%1” is neither a role (记者, 通讯员, 作者, 摄影) nor a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/corrections.cpp" line="1379"/>
        <source>nothing to correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/corrections.cpp" line="1390"/>
        <source>no page %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/corrections.cpp" line="1208"/>
        <location filename="../app/library/corrections.cpp" line="1420"/>
        <source>page %1 is already so</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kanbao::DecodedText</name>
    <message numerus="yes">
        <location filename="../app/text/textdecoder.cpp" line="308"/>
        <source>%n invalid byte sequence(s) replaced (the first at byte %1)</source>
        <translation>
            <numerusform>%n invalid byte sequence replaced (the first at byte %1)</numerusform>
            <numerusform>%n invalid byte sequences replaced (the first at byte %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kanbao::EntityListModel</name>
    <message>
        <location filename="../ui/entities/entitylistmodel.cpp" line="59"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitylistmodel.cpp" line="61"/>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitylistmodel.cpp" line="63"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitylistmodel.cpp" line="93"/>
        <source>Also written: %1</source>
        <translation>Also written: %1</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitylistmodel.cpp" line="120"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitylistmodel.cpp" line="122"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitylistmodel.cpp" line="124"/>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitylistmodel.cpp" line="126"/>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitylistmodel.cpp" line="128"/>
        <source>First</source>
        <translation>First</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitylistmodel.cpp" line="130"/>
        <source>Last</source>
        <translation>Last</translation>
    </message>
</context>
<context>
    <name>kanbao::EntityModel</name>
    <message>
        <location filename="../ui/entitymodel.cpp" line="27"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../ui/entitymodel.cpp" line="29"/>
        <source>Organizations</source>
        <translation>Organizations</translation>
    </message>
    <message>
        <location filename="../ui/entitymodel.cpp" line="31"/>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../ui/entitymodel.cpp" line="134"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/entitymodel.cpp" line="135"/>
        <source>Journalists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/entitymodel.cpp" line="153"/>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <location filename="../ui/entitymodel.cpp" line="155"/>
        <source>Click to list every article that mentions %1</source>
        <translation>Click to list every article that mentions %1</translation>
    </message>
    <message>
        <location filename="../ui/entitymodel.cpp" line="185"/>
        <source>Entities</source>
        <translation>Entities</translation>
    </message>
</context>
<context>
    <name>kanbao::EntityStore</name>
    <message>
        <location filename="../app/entities/entitystore.cpp" line="846"/>
        <source>%1 is read-only: entity decisions cannot be saved</source>
        <translation>%1 is read-only: entity decisions cannot be saved</translation>
    </message>
    <message>
        <location filename="../app/entities/entitystore.cpp" line="855"/>
        <location filename="../app/entities/entitystore.cpp" line="1036"/>
        <source>an entity needs a name</source>
        <translation>an entity needs a name</translation>
    </message>
    <message>
        <location filename="../app/entities/entitystore.cpp" line="861"/>
        <source>%1 and %2 are already one entity</source>
        <translation>%1 and %2 are already one entity</translation>
    </message>
    <message>
        <location filename="../app/entities/entitystore.cpp" line="902"/>
        <source>a split needs a new name</source>
        <translation>a split needs a new name</translation>
    </message>
    <message>
        <location filename="../app/entities/entitystore.cpp" line="908"/>
        <location filename="../app/entities/entitystore.cpp" line="933"/>
        <source>%1 is not mentioned in those articles</source>
        <translation>%1 is not mentioned in those articles</translation>
    </message>
    <message>
        <location filename="../app/entities/entitystore.cpp" line="985"/>
        <source>only two names of one type can be marked as different</source>
        <translation>only two names of one type can be marked as different</translation>
    </message>
    <message>
        <location filename="../app/entities/entitystore.cpp" line="1000"/>
        <source>cannot store the entity %1</source>
        <translation>cannot store the entity %1</translation>
    </message>
    <message>
        <location filename="../app/entities/entitystore.cpp" line="1199"/>
        <source>cannot write the entity list: %1</source>
        <translation>cannot write the entity list: %1</translation>
    </message>
    <message>
        <location filename="../app/entities/entitystore.cpp" line="1207"/>
        <location filename="../app/entities/entitystore.cpp" line="1211"/>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>kanbao::EntityWindow</name>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="261"/>
        <source>People, Organizations, Places — %1</source>
        <translation>People, Organizations, Places — %1</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="276"/>
        <source>Merged into</source>
        <translation>Merged into</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="279"/>
        <source>Ignored</source>
        <translation>Ignored</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="282"/>
        <source>Split off as</source>
        <translation>Split off as</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="285"/>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="288"/>
        <source>Not the same as</source>
        <translation>Not the same as</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="295"/>
        <source>%1, article %2</source>
        <translation>%1, article %2</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="305"/>
        <source>Choose a decision in the list first.</source>
        <translation>Choose a decision in the list first.</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="326"/>
        <location filename="../ui/entities/entitywindow.cpp" line="582"/>
        <source>Entities</source>
        <translation>Entities</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="350"/>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="351"/>
        <source>Likely Duplicates</source>
        <translation>Likely Duplicates</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="352"/>
        <source>Filter names</source>
        <translation>Filter names</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="353"/>
        <source>Journalists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="354"/>
        <source>Also list the reporters and photographers named in bylines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="355"/>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="358"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="359"/>
        <source>Organizations</source>
        <translation>Organizations</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="360"/>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="362"/>
        <source>A name the papers use that is missing</source>
        <translation>A name the papers use that is missing</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="363"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="364"/>
        <source>Export to CSV…</source>
        <translation>Export to CSV…</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="365"/>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="366"/>
        <source>Appears With</source>
        <translation>Appears With</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="367"/>
        <source>Offices</source>
        <translation>Offices</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="368"/>
        <location filename="../ui/entities/entitywindow.cpp" line="382"/>
        <location filename="../ui/entities/entitywindow.cpp" line="387"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="368"/>
        <source>Articles together</source>
        <translation>Articles together</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="369"/>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="369"/>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="369"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="369"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="369"/>
        <location filename="../ui/entities/entitywindow.cpp" line="382"/>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="370"/>
        <source>New or other name</source>
        <translation>New or other name</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="371"/>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="372"/>
        <source>Call this entity by the name typed (its other names follow).</source>
        <translation>Call this entity by the name typed (its other names follow).</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="373"/>
        <source>Merge Into</source>
        <translation>Merge Into</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="374"/>
        <source>This name is another way of writing the entity typed: count its mentions there.</source>
        <translation>This name is another way of writing the entity typed: count its mentions there.</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="375"/>
        <source>Split Off</source>
        <translation>Split Off</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="376"/>
        <source>The selected articles are about someone else of the same name: give their mentions the name typed.</source>
        <translation>The selected articles are about someone else of the same name: give their mentions the name typed.</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="378"/>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="379"/>
        <source>Not an entity: leave it out of every list, also after later imports.</source>
        <translation>Not an entity: leave it out of every list, also after later imports.</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="380"/>
        <source>Names one character apart that appear with the same people or offices: often one name misread or mistyped. Merge the rarer into the commoner, or keep them apart.</source>
        <translation>Names one character apart that appear with the same people or offices: often one name misread or mistyped. Merge the rarer into the commoner, or keep them apart.</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="382"/>
        <source>Likely the same as</source>
        <translation>Likely the same as</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="383"/>
        <source>Shared companions</source>
        <translation>Shared companions</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="383"/>
        <source>Shared offices</source>
        <translation>Shared offices</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="384"/>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="385"/>
        <source>Not the Same</source>
        <translation>Not the Same</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="386"/>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="387"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="387"/>
        <source>Other name</source>
        <translation>Other name</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="387"/>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="388"/>
        <source>Undo Decision</source>
        <translation>Undo Decision</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="491"/>
        <source>Choose a name in the list.</source>
        <translation>Choose a name in the list.</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="496"/>
        <source>%1 is not mentioned in this library (or is ignored).</source>
        <translation>%1 is not mentioned in this library (or is ignored).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/entities/entitywindow.cpp" line="499"/>
        <source>%1 (%2): %n mention(s)</source>
        <translation>
            <numerusform>%1 (%2): %n mention</numerusform>
            <numerusform>%1 (%2): %n mentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/entities/entitywindow.cpp" line="501"/>
        <source>in %n article(s), %1 to %2</source>
        <translation>
            <numerusform>in %n article, %1 to %2</numerusform>
            <numerusform>in %n articles, %1 to %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="504"/>
        <source>Also written: %1</source>
        <translation>Also written: %1</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="554"/>
        <location filename="../ui/entities/entitywindow.cpp" line="561"/>
        <source>Export Entities</source>
        <translation>Export Entities</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="562"/>
        <source>entities</source>
        <translation>entities</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="563"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="589"/>
        <location filename="../ui/entities/entitywindow.cpp" line="601"/>
        <location filename="../ui/entities/entitywindow.cpp" line="614"/>
        <location filename="../ui/entities/entitywindow.cpp" line="626"/>
        <source>Choose a name in the list first.</source>
        <translation>Choose a name in the list first.</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="591"/>
        <source>Type the new name first.</source>
        <translation>Type the new name first.</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="603"/>
        <source>Type the name to merge into first.</source>
        <translation>Type the name to merge into first.</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="619"/>
        <source>Select the articles about the other entity first.</source>
        <translation>Select the articles about the other entity first.</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="636"/>
        <source>No library is open.</source>
        <translation>No library is open.</translation>
    </message>
</context>
<context>
    <name>kanbao::ExportNotesDialog</name>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="341"/>
        <source>No library is open.</source>
        <translation>No library is open.</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="359"/>
        <source>No notes in this selection.</source>
        <translation>No notes in this selection.</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="361"/>
        <source>%1 from %2 will be exported (%3).</source>
        <translation>%1 from %2 will be exported (%3).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/notes/exportnotesdialog.cpp" line="362"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/notes/exportnotesdialog.cpp" line="363"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="373"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="376"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="379"/>
        <source>CSV tables (*.csv)</source>
        <translation>CSV tables (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="382"/>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="398"/>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="402"/>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="416"/>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="426"/>
        <source>Export Notes</source>
        <translation>Export Notes</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="397"/>
        <source>Choose a file to export to.</source>
        <translation>Choose a file to export to.</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="403"/>
        <source>%1 exists. Replace it?</source>
        <translation>%1 exists. Replace it?</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="416"/>
        <source>The notes could not be exported: %1</source>
        <translation>The notes could not be exported: %1</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="427"/>
        <source>Which notes</source>
        <translation>Which notes</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="428"/>
        <source>&amp;All notes in the library</source>
        <translation>&amp;All notes in the library</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="429"/>
        <source>On articles &amp;tagged</source>
        <translation>On articles &amp;tagged</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="430"/>
        <source>On issues &amp;dated</source>
        <translation>On issues &amp;dated</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/notes/exportnotesdialog.cpp" line="431"/>
        <source>On the &amp;selected articles (%n)</source>
        <translation>
            <numerusform>On the &amp;selected articles (%n)</numerusform>
            <numerusform>On the &amp;selected articles (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="432"/>
        <source>Include notes on whole articles</source>
        <translation>Include notes on whole articles</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="433"/>
        <source>Include orphaned notes (their article changed on re-import)</source>
        <translation>Include orphaned notes (their article changed on re-import)</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="434"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="435"/>
        <source>&amp;PDF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="436"/>
        <source>&amp;Markdown</source>
        <translation>&amp;Markdown</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="437"/>
        <source>&amp;CSV</source>
        <translation>&amp;CSV</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="438"/>
        <source>C&amp;ite articles as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="439"/>
        <source>Include each article&apos;s crop of its page &amp;image (PDF pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="440"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="441"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="442"/>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="443"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>kanbao::FacetModel</name>
    <message>
        <location filename="../ui/search/facetmodel.cpp" line="19"/>
        <source>Papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/facetmodel.cpp" line="19"/>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/facetmodel.cpp" line="20"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/facetmodel.cpp" line="20"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/facetmodel.cpp" line="21"/>
        <source>People</source>
        <translation type="unfinished">People</translation>
    </message>
    <message>
        <location filename="../ui/search/facetmodel.cpp" line="21"/>
        <source>Tags</source>
        <translation type="unfinished">Tags</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/search/facetmodel.cpp" line="97"/>
        <source>Show only these %n article(s)</source>
        <translation>
            <numerusform>Show only this %n article</numerusform>
            <numerusform>Show only these %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kanbao::FacsimileDock</name>
    <message>
        <location filename="../ui/facsimile/facsimiledock.cpp" line="175"/>
        <location filename="../ui/facsimile/facsimiledock.cpp" line="232"/>
        <location filename="../ui/facsimile/facsimiledock.cpp" line="262"/>
        <source>No article is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/facsimile/facsimiledock.cpp" line="202"/>
        <source>Page Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/facsimile/facsimiledock.cpp" line="203"/>
        <source>Show &amp;Page Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/facsimile/facsimiledock.cpp" line="204"/>
        <source>&amp;Zoom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/facsimile/facsimiledock.cpp" line="205"/>
        <source>Fit Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/facsimile/facsimiledock.cpp" line="206"/>
        <source>Fit Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/facsimile/facsimiledock.cpp" line="207"/>
        <source>&amp;Locate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/facsimile/facsimiledock.cpp" line="270"/>
        <source>No page image: this article comes from a text page (%1), not from a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/facsimile/facsimiledock.cpp" line="278"/>
        <source>Locate the file to see the page image again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/facsimile/facsimiledock.cpp" line="339"/>
        <location filename="../ui/facsimile/facsimiledock.cpp" line="346"/>
        <source>Locate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/facsimile/facsimiledock.cpp" line="341"/>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kanbao::FacsimileView</name>
    <message>
        <location filename="../ui/facsimile/facsimileview.cpp" line="215"/>
        <source>No page image for this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/facsimile/facsimileview.cpp" line="357"/>
        <source>Rendering the page…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kanbao::HandbookWindow</name>
    <message>
        <location filename="../ui/handbookwindow.cpp" line="76"/>
        <location filename="../ui/handbookwindow.cpp" line="90"/>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handbookwindow.cpp" line="87"/>
        <source>Kanbao Handbook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kanbao::HelpActions</name>
    <message>
        <location filename="../ui/handbookwindow.cpp" line="143"/>
        <source>Kanbao &amp;Handbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handbookwindow.cpp" line="144"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kanbao::HistogramWidget</name>
    <message>
        <location filename="../ui/search/histogramwidget.cpp" line="119"/>
        <source>No hits over time to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/search/histogramwidget.cpp" line="189"/>
        <source>%1: %n article(s)</source>
        <translation>
            <numerusform>%1: %n article</numerusform>
            <numerusform>%1: %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/search/histogramwidget.cpp" line="190"/>
        <source>%n issue(s) in the library</source>
        <translation>
            <numerusform>%n issue in the library</numerusform>
            <numerusform>%n issues in the library</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/search/histogramwidget.cpp" line="191"/>
        <source>Click to show only this period, drag to show a span</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kanbao::ImportRate</name>
    <message>
        <location filename="../ui/importrate.cpp" line="44"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importrate.cpp" line="46"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importrate.cpp" line="47"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importrate.cpp" line="56"/>
        <source>%1 pages/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importrate.cpp" line="57"/>
        <source>%1, about %2 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kanbao::ImportWizard</name>
    <message>
        <location filename="../ui/importwizard.cpp" line="85"/>
        <location filename="../ui/importwizard.cpp" line="389"/>
        <source>Import Archive Folder</source>
        <translation>Import Archive Folder</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="99"/>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="101"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 is a file, not a folder.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="103"/>
        <source>The folder %1 cannot be read: you do not have permission to open it.</source>
        <translation>The folder %1 cannot be read: you do not have permission to open it.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="106"/>
        <source>Cannot import this folder</source>
        <translation>Cannot import this folder</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="108"/>
        <source>Choose a folder that holds the page text files.</source>
        <translation>Choose a folder that holds the page text files.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="350"/>
        <source>Reading %1 of %2 files…</source>
        <translation>Reading %1 of %2 files…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="364"/>
        <source>Imported %1 of %2 files.</source>
        <translation>Imported %1 of %2 files.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="365"/>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>Importing %1 (%2 of %3)…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="391"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="392"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="393"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="394"/>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="395"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="396"/>
        <source>Choose the archive folder</source>
        <translation>Choose the archive folder</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="399"/>
        <source>Check what was found</source>
        <translation>Check what was found</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="403"/>
        <source>Preview the reconstruction</source>
        <translation>Preview the reconstruction</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="549"/>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="602"/>
        <source>not an article (hidden, not deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard.cpp" line="624"/>
        <source>%1, %n article(s)</source>
        <translation type="unfinished">
            <numerusform>%1, %n article</numerusform>
            <numerusform>%1, %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard.cpp" line="626"/>
        <source>%1; %n correction(s), kept when the file is imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="632"/>
        <source>&amp;Undo %1</source>
        <translation type="unfinished">&amp;Undo %1</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="633"/>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Undo</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="634"/>
        <source>&amp;Redo %1</source>
        <translation type="unfinished">&amp;Redo %1</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="635"/>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;Redo</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="662"/>
        <source>%1 — not corrected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="705"/>
        <source>Split Article Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="707"/>
        <source>Merge with Previous Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="709"/>
        <source>Merge with Next Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="711"/>
        <source>Take Paragraph As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="714"/>
        <source>Kicker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="715"/>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="716"/>
        <source>Subheadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="718"/>
        <source>Move Paragraph to Previous Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="720"/>
        <source>Move Paragraph to Next Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="722"/>
        <source>Not an Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="724"/>
        <source>An advertisement or page furniture: hidden from contents and search, not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="417"/>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="418"/>
        <source>Each file is saved as soon as it is read: stopping keeps what was imported.</source>
        <translation>Each file is saved as soon as it is read: stopping keeps what was imported.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="419"/>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="420"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="421"/>
        <source>Folder with page text files</source>
        <translation>Folder with page text files</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="422"/>
        <source>You can also drop a folder on the Kanbao window.</source>
        <translation>You can also drop a folder on the Kanbao window.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="423"/>
        <source>&amp;Link to PDF files where they are instead of keeping a copy in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="424"/>
        <source>A copy keeps the page images when the originals are moved or deleted. A link saves space; a linked file that is moved or changed must be located again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="426"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="469"/>
        <source>Looking for page files in %1…</source>
        <translation>Looking for page files in %1…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="486"/>
        <source>Cannot read the folder</source>
        <translation>Cannot read the folder</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="397"/>
        <source>Every page file (%1) in the folder and its subfolders is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="401"/>
        <source>Dates read from the page header are reliable; guessed dates are shown in orange. Double-click a date or a paper to correct it, or choose one paper for the whole import below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="404"/>
        <source>The raw text of a file and the articles Kanbao rebuilt from it. Right-click an article to correct it: the corrections are kept with the pages when they are imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="407"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="408"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="427"/>
        <source>One &amp;paper for the whole import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="428"/>
        <source>Every file of this import goes to the paper named here, instead of the one found for each file. The paper chosen last time is offered first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="488"/>
        <source>No page files (%1) were found in %2. Choose the folder that holds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard.cpp" line="491"/>
        <source>%n file(s) can be imported.</source>
        <translation>
            <numerusform>%n file can be imported.</numerusform>
            <numerusform>%n files can be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard.cpp" line="493"/>
        <source>%n file(s) cannot be read; they are listed in red.</source>
        <translation>
            <numerusform>%n file cannot be read; it is listed in red.</numerusform>
            <numerusform>%n files cannot be read; they are listed in red.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard.cpp" line="496"/>
        <source>%n other file(s) are not page files or are hidden; they are listed in grey and left out.</source>
        <translation>
            <numerusform>%n other file is not a page file or is hidden; it is listed in grey and left out.</numerusform>
            <numerusform>%n other files are not page files or are hidden; they are listed in grey and left out.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="780"/>
        <source>Stopping after the current file…</source>
        <translation>Stopping after the current file…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="796"/>
        <source>The import stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="806"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="806"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="806"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="811"/>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="812"/>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="813"/>
        <source>Replaced</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="814"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="816"/>
        <source>Not imported (stopped)</source>
        <translation>Not imported (stopped)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="816"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="831"/>
        <source>Imported: %1 · Unchanged: %2 · Replaced: %3 · Failed: %4</source>
        <translation>Imported: %1 · Unchanged: %2 · Replaced: %3 · Failed: %4</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="837"/>
        <source>The import was stopped. What was imported before stays in the library.</source>
        <translation>The import was stopped. What was imported before stays in the library.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="847"/>
        <source>Stop the import?</source>
        <translation>Stop the import?</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="848"/>
        <source>Files imported so far stay in the library. Stop now?</source>
        <translation>Files imported so far stay in the library. Stop now?</translation>
    </message>
    <message>
        <location filename="../ui/importworkers.cpp" line="23"/>
        <source>The folder %1 cannot be read. Check that it exists and that you may open it, then choose it again.</source>
        <translation>The folder %1 cannot be read. Check that it exists and that you may open it, then choose it again.</translation>
    </message>
    <message>
        <location filename="../ui/importworkers.cpp" line="48"/>
        <source>The scan was stopped.</source>
        <translation>The scan was stopped.</translation>
    </message>
</context>
<context>
    <name>kanbao::Importer</name>
    <message>
        <location filename="../app/import/importer.cpp" line="111"/>
        <source>Unknown paper</source>
        <translation>Unknown paper</translation>
    </message>
    <message>
        <location filename="../app/import/importer.cpp" line="613"/>
        <source>library %1 is damaged (%2); nothing was imported. Run kanbao-cli check --library %3 to see what is damaged and kanbao-cli repair --library %3 to repair it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kanbao::IssueContentsModel</name>
    <message>
        <location filename="../ui/issuecontentsmodel.cpp" line="172"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../ui/issuecontentsmodel.cpp" line="174"/>
        <source>Commentary</source>
        <translation>Commentary</translation>
    </message>
    <message>
        <location filename="../ui/issuecontentsmodel.cpp" line="176"/>
        <source>Brief</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../ui/issuecontentsmodel.cpp" line="178"/>
        <source>Wire</source>
        <translation>Wire</translation>
    </message>
    <message>
        <location filename="../ui/issuecontentsmodel.cpp" line="179"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../ui/issuecontentsmodel.cpp" line="191"/>
        <source>[%1]</source>
        <translation>[%1]</translation>
    </message>
    <message>
        <location filename="../ui/issuecontentsmodel.cpp" line="192"/>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <location filename="../ui/issuecontentsmodel.cpp" line="204"/>
        <location filename="../ui/issuecontentsmodel.cpp" line="205"/>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/issuecontentsmodel.cpp" line="208"/>
        <source>%1 (%n article(s))</source>
        <translation>
            <numerusform>%1 (%n article)</numerusform>
            <numerusform>%1 (%n articles)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/issuecontentsmodel.cpp" line="259"/>
        <source>Pages and articles</source>
        <translation>Pages and articles</translation>
    </message>
</context>
<context>
    <name>kanbao::Language</name>
    <message>
        <location filename="../ui/language.cpp" line="21"/>
        <source>System language</source>
        <translation>System language</translation>
    </message>
</context>
<context>
    <name>kanbao::Lexer</name>
    <message>
        <location filename="../app/library/query.cpp" line="160"/>
        <source>Unknown field &quot;%1:&quot;. Fields are headline, byline, person, org, place, office, tag, paper, page, section, collection, from and to; to search for the text itself, put it in quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/query.cpp" line="178"/>
        <source>The field &quot;%1:&quot; needs a value after the colon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/query.cpp" line="201"/>
        <source>NEAR/n needs a distance n between 0 and %1, as in NEAR/5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/query.cpp" line="223"/>
        <source>This quotation mark is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kanbao::Library</name>
    <message>
        <location filename="../app/library/library.cpp" line="187"/>
        <source>library %1 is locked by another program; try again when it has finished (%2)</source>
        <translation>library %1 is locked by another program; try again when it has finished (%2)</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="192"/>
        <source>library %1 is read-only (%2)</source>
        <translation>library %1 is read-only (%2)</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="196"/>
        <source>library %1 is damaged (%2); restore it from a backup or re-import into a new library</source>
        <translation>library %1 is damaged (%2); restore it from a backup or re-import into a new library</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="201"/>
        <source>%1 is not a Kanbao library (%2)</source>
        <translation>%1 is not a Kanbao library (%2)</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="205"/>
        <source>library %1 cannot be opened (%2)</source>
        <translation>library %1 cannot be opened (%2)</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="208"/>
        <source>library %1: the disk is full (%2)</source>
        <translation>library %1: the disk is full (%2)</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="211"/>
        <source>library %1: read or write error (%2)</source>
        <translation>library %1: read or write error (%2)</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="214"/>
        <source>library %1: %2</source>
        <translation>library %1: %2</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="230"/>
        <location filename="../app/library/library.cpp" line="379"/>
        <source>library %1 cannot be opened: %2</source>
        <translation>library %1 cannot be opened: %2</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="238"/>
        <source>%1 is not a Kanbao library (it is not an SQLite database)</source>
        <translation>%1 is not a Kanbao library (it is not an SQLite database)</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="240"/>
        <source>library %1 is damaged (the file is truncated)</source>
        <translation>library %1 is damaged (the file is truncated)</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="254"/>
        <source>library %1 is damaged (the file is truncated: %2 of %3 bytes)</source>
        <translation>library %1 is damaged (the file is truncated: %2 of %3 bytes)</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="302"/>
        <source>library %1 was not upgraded: its backup %2 cannot be replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="311"/>
        <source>library %1 was not upgraded: its backup before the upgrade (%2) could not be written: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="329"/>
        <source>%1 is a folder, not a Kanbao library</source>
        <translation>%1 is a folder, not a Kanbao library</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="336"/>
        <source>%1 is an empty file, not a Kanbao library yet; import page files into it to create one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="340"/>
        <source>library %1 is read-only; open it read-only or check its permissions</source>
        <translation>library %1 is read-only; open it read-only or check its permissions</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="344"/>
        <source>library %1 is in a read-only folder (%2), where its journal cannot be written; open it read-only or check the folder&apos;s permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="356"/>
        <source>library %1 does not exist</source>
        <translation>library %1 does not exist</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="359"/>
        <source>cannot create the folder for library %1</source>
        <translation>cannot create the folder for library %1</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="419"/>
        <source>%1 is not a Kanbao library (it is another program&apos;s SQLite database)</source>
        <translation>%1 is not a Kanbao library (it is another program&apos;s SQLite database)</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="422"/>
        <source>library %1 was written by a newer version of Kanbao (schema version %2; this version knows up to %3). Update Kanbao to open it.</source>
        <translation>library %1 was written by a newer version of Kanbao (schema version %2; this version knows up to %3). Update Kanbao to open it.</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="429"/>
        <source>library %1 needs an upgrade (schema version %2 to %3) but is opened read-only</source>
        <translation>library %1 needs an upgrade (schema version %2 to %3) but is opened read-only</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="440"/>
        <source>library %1: cannot set up the full-text index: %2</source>
        <translation>library %1: cannot set up the full-text index: %2</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="465"/>
        <source>library %1 could not be upgraded (it stays at version %2): %3</source>
        <translation>library %1 could not be upgraded (it stays at version %2): %3</translation>
    </message>
    <message>
        <location filename="../app/library/fts/cjktokenizer.cpp" line="505"/>
        <location filename="../app/library/fts/cjktokenizer.cpp" line="512"/>
        <source>The database connection is not open.</source>
        <translation>The database connection is not open.</translation>
    </message>
    <message>
        <location filename="../app/library/fts/cjktokenizer.cpp" line="508"/>
        <source>The database connection is not an SQLite connection.</source>
        <translation>The database connection is not an SQLite connection.</translation>
    </message>
    <message>
        <location filename="../app/library/fts/cjktokenizer.cpp" line="515"/>
        <source>This SQLite library has no full-text search (FTS5).</source>
        <translation>This SQLite library has no full-text search (FTS5).</translation>
    </message>
    <message>
        <location filename="../app/library/fts/cjktokenizer.cpp" line="522"/>
        <source>Could not register the full-text ranking function: %1</source>
        <translation>Could not register the full-text ranking function: %1</translation>
    </message>
    <message>
        <location filename="../app/library/fts/cjktokenizer.cpp" line="528"/>
        <source>Could not register the Chinese full-text tokenizer: %1</source>
        <translation>Could not register the Chinese full-text tokenizer: %1</translation>
    </message>
</context>
<context>
    <name>kanbao::LibraryChecker</name>
    <message>
        <location filename="../app/library/librarycheck.cpp" line="110"/>
        <source>the integrity check itself fails: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/librarycheck.cpp" line="119"/>
        <source>the integrity check stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/librarycheck.cpp" line="126"/>
        <source>page tree %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/librarycheck.cpp" line="155"/>
        <source>table %1 cannot be read whole: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/library/librarycheck.cpp" line="170"/>
        <source>%n row(s) of %1 refer to rows that do not exist</source>
        <translation>
            <numerusform>%n row of %1 refers to rows that do not exist</numerusform>
            <numerusform>%n rows of %1 refer to rows that do not exist</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/library/librarycheck.cpp" line="175"/>
        <source>the reference check fails: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/librarycheck.cpp" line="187"/>
        <source>the full-text index does not match the articles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/librarycheck.cpp" line="328"/>
        <source>library %1 is open read-only; a repair writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/librarycheck.cpp" line="334"/>
        <source>library %1 passes every check; nothing to repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/librarycheck.cpp" line="343"/>
        <source>page tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/librarycheck.cpp" line="353"/>
        <source>a copy of the library before the repair: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/librarycheck.cpp" line="363"/>
        <source>indexes and the full-text index rebuilt; no rows lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/librarycheck.cpp" line="370"/>
        <source>rebuilding the indexes did not repair the library%1; recovering the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/librarycheck.cpp" line="378"/>
        <source>%1 already exists; remove it or name another file for the recovered library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/librarycheck.cpp" line="402"/>
        <location filename="../app/library/librarycheck.cpp" line="431"/>
        <source>writing the recovered library %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/librarycheck.cpp" line="439"/>
        <source>the recovered library still fails the check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/librarycheck.cpp" line="440"/>
        <source>rows recovered into %1; the damaged library %2 is left as it was</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kanbao::LibraryReader</name>
    <message>
        <location filename="../ui/libraryreader.h" line="191"/>
        <source>This library cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kanbao::LibraryWriter</name>
    <message>
        <location filename="../app/library/librarywriter.cpp" line="787"/>
        <source>simulated failure after the articles of %1</source>
        <translation>simulated failure after the articles of %1</translation>
    </message>
</context>
<context>
    <name>kanbao::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="491"/>
        <source>About Kanbao</source>
        <translation>About Kanbao</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="492"/>
        <source>Kanbao %1
Read and annotate archives of Chinese local newspapers.</source>
        <translation>Kanbao %1
Read and annotate archives of Chinese local newspapers.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="584"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="585"/>
        <source>Recent &amp;Libraries</source>
        <translation>Recent &amp;Libraries</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="586"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="587"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="588"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="589"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="590"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="592"/>
        <source>&amp;New Library…</source>
        <translation>&amp;New Library…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="593"/>
        <source>&amp;Open Library…</source>
        <translation>&amp;Open Library…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="594"/>
        <source>&amp;Import Archive Folder…</source>
        <translation>&amp;Import Archive Folder…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="595"/>
        <source>Import &amp;Sample Archive</source>
        <translation>Import &amp;Sample Archive</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="596"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="597"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Clear List</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="598"/>
        <source>&amp;Copy Article with Citation</source>
        <translation>&amp;Copy Article with Citation</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="599"/>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="600"/>
        <source>&amp;Larger Text</source>
        <translation>&amp;Larger Text</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="601"/>
        <source>&amp;Offices over Time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="602"/>
        <source>&amp;Smaller Text</source>
        <translation>&amp;Smaller Text</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="603"/>
        <source>&amp;Default Text Size</source>
        <translation>&amp;Default Text Size</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="604"/>
        <source>&amp;Next Article</source>
        <translation>&amp;Next Article</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="605"/>
        <source>&amp;Previous Article</source>
        <translation>&amp;Previous Article</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="606"/>
        <source>Next &amp;Issue</source>
        <translation>Next &amp;Issue</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="607"/>
        <source>Previous I&amp;ssue</source>
        <translation>Previous I&amp;ssue</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="608"/>
        <source>Next &amp;Month with Issues</source>
        <translation>Next &amp;Month with Issues</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="609"/>
        <source>Previous M&amp;onth with Issues</source>
        <translation>Previous M&amp;onth with Issues</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="610"/>
        <source>&amp;Latest Issue</source>
        <translation>&amp;Latest Issue</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="611"/>
        <source>&amp;About Kanbao</source>
        <translation>&amp;About Kanbao</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="615"/>
        <source>Issues</source>
        <translation>Issues</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="616"/>
        <source>People, Organizations, Places</source>
        <translation>People, Organizations, Places</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="617"/>
        <source>Also list the reporters and photographers named in the article&apos;s byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="619"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="620"/>
        <source>Concordance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="621"/>
        <source>Saved Searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="623"/>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="626"/>
        <source>◀ Previous month with issues</source>
        <translation>◀ Previous month with issues</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="628"/>
        <source>Next month with issues ▶</source>
        <translation>Next month with issues ▶</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="630"/>
        <source>Search the library (Ctrl+F)</source>
        <translation>Search the library (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="631"/>
        <source>This library is empty</source>
        <translation>This library is empty</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="632"/>
        <source>Import a folder of newspaper page text files to start reading. Kanbao comes with a small sample archive of four pages to try it out.</source>
        <translation>Import a folder of newspaper page text files to start reading. Kanbao comes with a small sample archive of four pages to try it out.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="634"/>
        <source>Import Sample Archive</source>
        <translation>Import Sample Archive</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="635"/>
        <source>Import Archive Folder…</source>
        <translation>Import Archive Folder…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="685"/>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="687"/>
        <source>This library&apos;s file or folder cannot be written: you can read, search and export, but not import, tag or annotate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="751"/>
        <source>Highlights and notes are not available: %1</source>
        <translation>Highlights and notes are not available: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="763"/>
        <source>%1 is read-only: reading, searching and exporting work; importing, tags and notes are off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="860"/>
        <source>Show journalists (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="860"/>
        <source>Show journalists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1214"/>
        <source>Click a name to list every article that mentions it.</source>
        <translation>Click a name to list every article that mentions it.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1216"/>
        <source>Articles mentioning %1: reading the library…</source>
        <translation>Articles mentioning %1: reading the library…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1218"/>
        <source>Articles mentioning %1:</source>
        <translation>Articles mentioning %1:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1368"/>
        <source>The library is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1369"/>
        <source>%1 cannot be written (its file or folder is read-only), so nothing can be imported into it. Make it writable, or create a new library with File ▸ New Library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="669"/>
        <source>Kanbao</source>
        <translation>Kanbao</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="396"/>
        <source>Save search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="671"/>
        <source>%1 — Kanbao</source>
        <translation>%1 — Kanbao</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="681"/>
        <location filename="../ui/mainwindow.cpp" line="1363"/>
        <source>No library open</source>
        <translation>No library open</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="683"/>
        <source>%1 — %n article(s)</source>
        <translation>
            <numerusform>%1 — %n article</numerusform>
            <numerusform>%1 — %n articles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="737"/>
        <source>Cannot open library</source>
        <translation>Cannot open library</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="738"/>
        <source>The library %1 could not be opened.

%2

Choose another library with File ▸ Open Library, or create a new one with File ▸ New Library.</source>
        <translation>The library %1 could not be opened.

%2

Choose another library with File ▸ Open Library, or create a new one with File ▸ New Library.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="741"/>
        <source>No reason was given.</source>
        <translation>No reason was given.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="822"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="834"/>
        <source>New Library</source>
        <translation>New Library</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="835"/>
        <source>Kanbao libraries (*.kanbao)</source>
        <translation>Kanbao libraries (*.kanbao)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="841"/>
        <source>Cannot create library</source>
        <translation>Cannot create library</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="842"/>
        <source>%1 already exists. Open it with File ▸ Open Library, or choose another name.</source>
        <translation>%1 already exists. Open it with File ▸ Open Library, or choose another name.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="851"/>
        <source>Open Library</source>
        <translation>Open Library</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="852"/>
        <source>Kanbao libraries (*.kanbao);;All files (*)</source>
        <translation>Kanbao libraries (*.kanbao);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="890"/>
        <source>Import in progress</source>
        <translation>Import in progress</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="891"/>
        <source>An import is running. Stop it and quit? Files imported so far stay in the library.</source>
        <translation>An import is running. Stop it and quit? Files imported so far stay in the library.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="932"/>
        <source>%1 (%n article(s))</source>
        <translation>
            <numerusform>%1 (%n article)</numerusform>
            <numerusform>%1 (%n articles)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="945"/>
        <source>No issue on %1: a gap in the archive</source>
        <translation>No issue on %1: a gap in the archive</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="947"/>
        <source>No issue on %1</source>
        <translation>No issue on %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="966"/>
        <source>The issue could not be read: %1</source>
        <translation>The issue could not be read: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="980"/>
        <source>This issue has no articles.</source>
        <translation>This issue has no articles.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="994"/>
        <source> (date guessed)</source>
        <translation> (date guessed)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1027"/>
        <source>The article could not be read: %1</source>
        <translation>The article could not be read: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1062"/>
        <source>Last article of the issue</source>
        <translation>Last article of the issue</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1062"/>
        <source>First article of the issue</source>
        <translation>First article of the issue</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1096"/>
        <source>This is the latest issue</source>
        <translation>This is the latest issue</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1096"/>
        <source>This is the earliest issue</source>
        <translation>This is the earliest issue</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1113"/>
        <source>Article copied with its citation</source>
        <translation>Article copied with its citation</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1226"/>
        <source>No articles match “%1”.</source>
        <translation>No articles match “%1”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1231"/>
        <location filename="../ui/mainwindow.cpp" line="1234"/>
        <source>%n article(s) match</source>
        <translation>
            <numerusform>%n article matches</numerusform>
            <numerusform>%n articles match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1230"/>
        <location filename="../ui/mainwindow.cpp" line="1235"/>
        <source>More than %n articles match</source>
        <translation>
            <numerusform>More than %n articles match</numerusform>
            <numerusform>More than %n articles match</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1343"/>
        <source>Import Archive Folder</source>
        <translation>Import Archive Folder</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1352"/>
        <source>No sample archive</source>
        <translation>No sample archive</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1353"/>
        <source>The sample archive was not found next to the program. Reinstall Kanbao, or import a folder of your own with File ▸ Import Archive Folder.</source>
        <translation>The sample archive was not found next to the program. Reinstall Kanbao, or import a folder of your own with File ▸ Import Archive Folder.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1364"/>
        <source>Open or create a library first (File ▸ Open Library or File ▸ New Library).</source>
        <translation>Open or create a library first (File ▸ Open Library or File ▸ New Library).</translation>
    </message>
</context>
<context>
    <name>kanbao::MarkdownFormat</name>
    <message>
        <location filename="../app/formats/textformats.cpp" line="56"/>
        <source>Markdown page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kanbao::MentionChart</name>
    <message numerus="yes">
        <location filename="../ui/entities/mentionchart.cpp" line="39"/>
        <source>%n mention(s) from %1 to %2</source>
        <translation>
            <numerusform>%n mention from %1 to %2</numerusform>
            <numerusform>%n mentions from %1 to %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/entities/mentionchart.cpp" line="73"/>
        <source>No mentions</source>
        <translation>No mentions</translation>
    </message>
</context>
<context>
    <name>kanbao::NoteCardDelegate</name>
    <message>
        <location filename="../ui/notes/notecarddelegate.cpp" line="137"/>
        <location filename="../ui/notes/annotationlistmodel.cpp" line="11"/>
        <source>Note on the article</source>
        <translation>Note on the article</translation>
    </message>
    <message>
        <location filename="../ui/notes/notecarddelegate.cpp" line="142"/>
        <source>Paragraph %1 · %2</source>
        <translation>Paragraph %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/notes/notecarddelegate.cpp" line="247"/>
        <source>Orphan</source>
        <translation>Orphan</translation>
    </message>
</context>
<context>
    <name>kanbao::NotesBrowser</name>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="140"/>
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="145"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="159"/>
        <source>All colors</source>
        <translation>All colors</translation>
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="267"/>
        <source>No library open</source>
        <translation>No library open</translation>
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="284"/>
        <source>No notes match these filters.</source>
        <translation>No notes match these filters.</translation>
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="285"/>
        <source>No notes yet. Highlight text in an article to start.</source>
        <translation>No notes yet. Highlight text in an article to start.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/notes/notesbrowser.cpp" line="288"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/notes/notesbrowser.cpp" line="289"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/notes/notesbrowser.cpp" line="291"/>
        <source>%n orphan(s)</source>
        <translation>
            <numerusform>%n orphan</numerusform>
            <numerusform>%n orphans</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="310"/>
        <source>Search highlights and notes</source>
        <translation>Search highlights and notes</translation>
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="311"/>
        <source>Tag:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="312"/>
        <source>Color:</source>
        <translation>Color:</translation>
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="313"/>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="317"/>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="318"/>
        <source>Highlights</source>
        <translation>Highlights</translation>
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="319"/>
        <source>Notes on articles</source>
        <translation>Notes on articles</translation>
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="320"/>
        <source>Orphans</source>
        <translation>Orphans</translation>
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="324"/>
        <source>Any date</source>
        <translation>Any date</translation>
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="325"/>
        <source>Issue date between</source>
        <translation>Issue date between</translation>
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="326"/>
        <source>Written between</source>
        <translation>Written between</translation>
    </message>
</context>
<context>
    <name>kanbao::NotesController</name>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="124"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="124"/>
        <source>The change could not be written: %1</source>
        <translation>The change could not be written: %1</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="334"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="334"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="335"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="335"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="336"/>
        <source>&amp;Highlight Selection</source>
        <translation>&amp;Highlight Selection</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="337"/>
        <source>Highlight with &amp;Note</source>
        <translation>Highlight with &amp;Note</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="340"/>
        <source>Note on the &amp;Article</source>
        <translation>Note on the &amp;Article</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="341"/>
        <source>&amp;Tag Articles…</source>
        <translation>&amp;Tag Articles…</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="342"/>
        <source>&amp;Manage Tags…</source>
        <translation>&amp;Manage Tags…</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="343"/>
        <source>&amp;Export Notes…</source>
        <translation>&amp;Export Notes…</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="344"/>
        <source>&amp;Browse All Notes</source>
        <translation>&amp;Browse All Notes</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="345"/>
        <source>Highlights and Notes</source>
        <translation>Highlights and Notes</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="346"/>
        <source>Notes Browser</source>
        <translation>Notes Browser</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="347"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="349"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="351"/>
        <source>Highlight in &amp;Color</source>
        <translation>Highlight in &amp;Color</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="431"/>
        <source>Highlight</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="438"/>
        <source>Change Highlight Color</source>
        <translation>Change Highlight Color</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="448"/>
        <source>Edit Note on Highlight</source>
        <translation>Edit Note on Highlight</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="448"/>
        <source>Add Note to Highlight</source>
        <translation>Add Note to Highlight</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="455"/>
        <source>Delete Highlight</source>
        <translation>Delete Highlight</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="474"/>
        <source>Open or select an article to tag it.</source>
        <translation>Open or select an article to tag it.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/notes/notescontroller.cpp" line="487"/>
        <source>Tags of %n article(s) saved</source>
        <translation>
            <numerusform>Tags of %n article saved</numerusform>
            <numerusform>Tags of %n articles saved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/notes/notescontroller.cpp" line="519"/>
        <source>%n note(s) exported to %1</source>
        <translation>
            <numerusform>%n note exported to %1</numerusform>
            <numerusform>%n notes exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="554"/>
        <source>“%1” in %2</source>
        <translation>“%1” in %2</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="556"/>
        <source>Orphaned Note</source>
        <translation>Orphaned Note</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="557"/>
        <source>This note&apos;s article was replaced when its page was imported again, and the quoted text was not found in the new version. The note is kept with where it came from:

%1

Quote: %2
Note: %3</source>
        <translation>This note&apos;s article was replaced when its page was imported again, and the quoted text was not found in the new version. The note is kept with where it came from:

%1

Quote: %2
Note: %3</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="559"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>kanbao::NotesExporter</name>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="73"/>
        <source>No page image: the article was not found on page %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="76"/>
        <location filename="../app/notes/notesexporter.cpp" line="83"/>
        <location filename="../app/notes/notesexporter.cpp" line="552"/>
        <source>No page image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="128"/>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="206"/>
        <location filename="../app/notes/notesexporter.cpp" line="211"/>
        <location filename="../app/notes/notesexporter.cpp" line="467"/>
        <location filename="../app/notes/notesexporter.cpp" line="722"/>
        <location filename="../app/notes/notesexporter.cpp" line="729"/>
        <location filename="../app/notes/notesexporter.cpp" line="750"/>
        <location filename="../app/notes/notesexporter.cpp" line="754"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="266"/>
        <source>tagged %1</source>
        <translation>tagged %1</translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="268"/>
        <source>from %1 to %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="270"/>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="272"/>
        <source>up to %1</source>
        <translation>up to %1</translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="277"/>
        <source>articles %1</source>
        <translation>articles %1</translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="280"/>
        <source>colors %1</source>
        <translation>colors %1</translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="282"/>
        <source>containing “%1”</source>
        <translation>containing “%1”</translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="284"/>
        <source>All notes</source>
        <translation>All notes</translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="285"/>
        <source>Notes %1</source>
        <translation>Notes %1</translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="336"/>
        <location filename="../app/notes/notesexporter.cpp" line="470"/>
        <source>Kanbao notes</source>
        <translation>Kanbao notes</translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="338"/>
        <location filename="../app/notes/notesexporter.cpp" line="569"/>
        <source>Generated %1 by Kanbao %2</source>
        <translation>Generated %1 by Kanbao %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/notes/notesexporter.cpp" line="341"/>
        <location filename="../app/notes/notesexporter.cpp" line="564"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/notes/notesexporter.cpp" line="342"/>
        <location filename="../app/notes/notesexporter.cpp" line="565"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="347"/>
        <location filename="../app/notes/notesexporter.cpp" line="609"/>
        <source>Notes whose article is no longer in the library</source>
        <translation>Notes whose article is no longer in the library</translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="363"/>
        <location filename="../app/notes/notesexporter.cpp" line="632"/>
        <source>was in %1</source>
        <translation>was in %1</translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="365"/>
        <source>article %1</source>
        <translation>article %1</translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="367"/>
        <location filename="../app/notes/notesexporter.cpp" line="634"/>
        <source>Cite as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="373"/>
        <location filename="../app/notes/notesexporter.cpp" line="638"/>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="378"/>
        <location filename="../app/notes/notesexporter.cpp" line="385"/>
        <location filename="../app/notes/notesexporter.cpp" line="675"/>
        <location filename="../app/notes/notesexporter.cpp" line="688"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="383"/>
        <source>%1 highlight</source>
        <translation>%1 highlight</translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="433"/>
        <source>%1: PDF export needs the GUI libraries initialised (QGuiApplication)</source>
        <translation>%1: PDF export needs the GUI libraries initialised (QGuiApplication)</translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="438"/>
        <source>%1: no installed font keeps Chinese text searchable in a PDF; install fonts-arphic-uming or fonts-wqy-microhei</source>
        <translation>%1: no installed font keeps Chinese text searchable in a PDF; install fonts-arphic-uming or fonts-wqy-microhei</translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="574"/>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="589"/>
        <source>no longer in the library</source>
        <translation>no longer in the library</translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="667"/>
        <source>Page image: page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="722"/>
        <source>the PDF could not be started</source>
        <translation>the PDF could not be started</translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="729"/>
        <source>no new page</source>
        <translation>no new page</translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="747"/>
        <source>page %1 of %2</source>
        <translation>page %1 of %2</translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="750"/>
        <source>the PDF could not be finished</source>
        <translation>the PDF could not be finished</translation>
    </message>
</context>
<context>
    <name>kanbao::NotesStore</name>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="185"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="191"/>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="207"/>
        <source>starting a transaction</source>
        <translation>starting a transaction</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="215"/>
        <source>committing</source>
        <translation>committing</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="258"/>
        <source>reading tags</source>
        <translation>reading tags</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="269"/>
        <location filename="../app/notes/notesstore.cpp" line="283"/>
        <source>reading a tag</source>
        <translation>reading a tag</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="298"/>
        <source>reading an article&apos;s tags</source>
        <translation>reading an article&apos;s tags</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="309"/>
        <source>reading tagged articles</source>
        <translation>reading tagged articles</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="321"/>
        <location filename="../app/notes/notesstore.cpp" line="351"/>
        <source>a tag needs a name</source>
        <translation>a tag needs a name</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="326"/>
        <location filename="../app/notes/notesstore.cpp" line="362"/>
        <source>&quot;%1&quot; is not a color</source>
        <translation>&quot;%1&quot; is not a color</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="330"/>
        <location filename="../app/notes/notesstore.cpp" line="354"/>
        <source>a tag named &quot;%1&quot; already exists</source>
        <translation>a tag named &quot;%1&quot; already exists</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="340"/>
        <source>creating tag &quot;%1&quot;</source>
        <translation>creating tag &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="355"/>
        <source>renaming a tag</source>
        <translation>renaming a tag</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="376"/>
        <location filename="../app/notes/notesstore.cpp" line="386"/>
        <location filename="../app/notes/notesstore.cpp" line="465"/>
        <source>tag %1 does not exist</source>
        <translation>tag %1 does not exist</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="363"/>
        <source>recoloring a tag</source>
        <translation>recoloring a tag</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="145"/>
        <source>reading the issue dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="161"/>
        <source>reading the page file of article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="394"/>
        <source>deleting tag &quot;%1&quot;</source>
        <translation>deleting tag &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="454"/>
        <location filename="../app/notes/notesstore.cpp" line="472"/>
        <source>tagging articles</source>
        <translation>tagging articles</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="460"/>
        <location filename="../app/notes/notesstore.cpp" line="602"/>
        <location filename="../app/notes/notesstore.cpp" line="638"/>
        <source>article %1 does not exist</source>
        <translation>article %1 does not exist</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="500"/>
        <location filename="../app/notes/notesstore.cpp" line="548"/>
        <source>removing tags</source>
        <translation>removing tags</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="529"/>
        <source>restoring tags</source>
        <translation>restoring tags</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="564"/>
        <source>reading an annotation</source>
        <translation>reading an annotation</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="577"/>
        <source>reading annotations</source>
        <translation>reading annotations</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="596"/>
        <location filename="../app/notes/notesstore.cpp" line="690"/>
        <source>&quot;%1&quot; is not a highlight color (one of: %2)</source>
        <translation>&quot;%1&quot; is not a highlight color (one of: %2)</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="606"/>
        <source>the range %1-%2 is not inside article %3 (%4 characters)</source>
        <translation>the range %1-%2 is not inside article %3 (%4 characters)</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="680"/>
        <source>storing an annotation</source>
        <translation>storing an annotation</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="704"/>
        <source>changing an annotation</source>
        <translation>changing an annotation</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="707"/>
        <location filename="../app/notes/notesstore.cpp" line="716"/>
        <source>annotation %1 does not exist</source>
        <translation>annotation %1 does not exist</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="720"/>
        <source>deleting an annotation</source>
        <translation>deleting an annotation</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="738"/>
        <location filename="../app/notes/notesstore.cpp" line="748"/>
        <source>reading an article</source>
        <translation>reading an article</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="820"/>
        <location filename="../app/notes/notesstore.cpp" line="825"/>
        <source>querying notes</source>
        <translation>querying notes</translation>
    </message>
</context>
<context>
    <name>kanbao::OfficeGantt</name>
    <message>
        <location filename="../ui/timelinewindow.cpp" line="201"/>
        <source>No offices to show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kanbao::OfficeTermModel</name>
    <message>
        <location filename="../ui/timelinewindow.cpp" line="92"/>
        <source>Person</source>
        <translation type="unfinished">Person</translation>
    </message>
    <message>
        <location filename="../ui/timelinewindow.cpp" line="94"/>
        <source>Office</source>
        <translation type="unfinished">Office</translation>
    </message>
    <message>
        <location filename="../ui/timelinewindow.cpp" line="96"/>
        <source>Organization</source>
        <translation type="unfinished">Organization</translation>
    </message>
    <message>
        <location filename="../ui/timelinewindow.cpp" line="98"/>
        <source>First</source>
        <translation type="unfinished">First</translation>
    </message>
    <message>
        <location filename="../ui/timelinewindow.cpp" line="100"/>
        <source>Last</source>
        <translation type="unfinished">Last</translation>
    </message>
    <message>
        <location filename="../ui/timelinewindow.cpp" line="102"/>
        <source>Mentions</source>
        <translation type="unfinished">Mentions</translation>
    </message>
</context>
<context>
    <name>kanbao::PageFileLocation</name>
    <message>
        <location filename="../app/library/storedfiles.cpp" line="63"/>
        <source>The linked file %1 was moved or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/storedfiles.cpp" line="65"/>
        <source>The linked file %1 changed since it was imported: its pages no longer match the articles.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kanbao::PageFormats</name>
    <message>
        <location filename="../app/formats/pageformats.cpp" line="76"/>
        <source>Page files (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/formats/pageformats.cpp" line="107"/>
        <location filename="../app/formats/pageformats.cpp" line="120"/>
        <source>not a page file Kanbao can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/formats/pageformat.cpp" line="29"/>
        <source>the file has no page %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kanbao::PageListModel</name>
    <message>
        <location filename="../ui/corrections/pagelistmodel.cpp" line="49"/>
        <source>The date was guessed at import; confirm or correct it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corrections/pagelistmodel.cpp" line="68"/>
        <source>%1, page %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corrections/pagelistmodel.cpp" line="74"/>
        <source>unknown</source>
        <translation type="unfinished">unknown</translation>
    </message>
    <message>
        <location filename="../ui/corrections/pagelistmodel.cpp" line="75"/>
        <source>%1 (guessed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corrections/pagelistmodel.cpp" line="95"/>
        <source>File</source>
        <translation type="unfinished">File</translation>
    </message>
    <message>
        <location filename="../ui/corrections/pagelistmodel.cpp" line="97"/>
        <source>Paper</source>
        <translation type="unfinished">Paper</translation>
    </message>
    <message>
        <location filename="../ui/corrections/pagelistmodel.cpp" line="99"/>
        <source>Date</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <location filename="../ui/corrections/pagelistmodel.cpp" line="101"/>
        <source>Page</source>
        <translation type="unfinished">Page</translation>
    </message>
    <message>
        <location filename="../ui/corrections/pagelistmodel.cpp" line="103"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kanbao::PageMetadataController</name>
    <message>
        <location filename="../ui/corrections/pagemetadatacontroller.cpp" line="78"/>
        <source>Page &amp;Metadata…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corrections/pagemetadatacontroller.cpp" line="79"/>
        <source>Correct the paper, date, page label or section of this page, its issue, or every page of its folder, its paper or an import at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corrections/pagemetadatacontroller.cpp" line="81"/>
        <source>Con&amp;firm Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corrections/pagemetadatacontroller.cpp" line="82"/>
        <source>The date guessed at import is right: it is no longer shown as guessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corrections/pagemetadatacontroller.cpp" line="117"/>
        <source>This page</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/corrections/pagemetadatacontroller.cpp" line="129"/>
        <source>The pages of this issue (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/corrections/pagemetadatacontroller.cpp" line="130"/>
        <source>Every page of the folder %1 (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/corrections/pagemetadatacontroller.cpp" line="134"/>
        <source>Every page of the paper %1 (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/corrections/pagemetadatacontroller.cpp" line="158"/>
        <source>Every page of import #%1 (%2) from %3 (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/corrections/pagemetadatacontroller.cpp" line="197"/>
        <source>The date of this page was not guessed: there is nothing to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/corrections/pagemetadatacontroller.cpp" line="215"/>
        <source>%n page(s) corrected; Edit ▸ Undo takes it back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kanbao::PageMetadataDialog</name>
    <message>
        <location filename="../ui/corrections/pagemetadatadialog.cpp" line="30"/>
        <source>Page Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corrections/pagemetadatadialog.cpp" line="34"/>
        <source>&amp;Pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corrections/pagemetadatadialog.cpp" line="58"/>
        <source>Set on every chosen page (fields not ticked stay as they are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corrections/pagemetadatadialog.cpp" line="60"/>
        <source>Pape&amp;r:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corrections/pagemetadatadialog.cpp" line="68"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corrections/pagemetadatadialog.cpp" line="74"/>
        <source>&amp;Confirm the guessed dates as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corrections/pagemetadatadialog.cpp" line="77"/>
        <source>Page &amp;label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corrections/pagemetadatadialog.cpp" line="80"/>
        <source>A03</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corrections/pagemetadatadialog.cpp" line="82"/>
        <source>&amp;Section:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corrections/pagemetadatadialog.cpp" line="89"/>
        <source>&amp;Apply to Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/corrections/pagemetadatadialog.cpp" line="90"/>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/corrections/pagemetadatadialog.cpp" line="165"/>
        <source>%n page(s) chosen</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/corrections/pagemetadatadialog.cpp" line="167"/>
        <source>; %n with a guessed date</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kanbao::Parser</name>
    <message>
        <location filename="../app/library/query.cpp" line="285"/>
        <source>This closing parenthesis has no opening one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/query.cpp" line="317"/>
        <location filename="../app/library/query.cpp" line="332"/>
        <source>OR needs a word on each side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/query.cpp" line="352"/>
        <location filename="../app/library/query.cpp" line="421"/>
        <source>NEAR needs a word on each side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/query.cpp" line="358"/>
        <source>AND needs a word on each side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/query.cpp" line="382"/>
        <source>NOT needs a word after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/query.cpp" line="383"/>
        <source>&quot;-&quot; needs a word right after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/query.cpp" line="391"/>
        <source>Two exclusions in a row (NOT NOT) cancel out; write the word alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/query.cpp" line="407"/>
        <source>NEAR joins words or phrases only, not groups, exclusions or fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/query.cpp" line="438"/>
        <source>The parentheses are nested too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/query.cpp" line="443"/>
        <source>These parentheses are empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/query.cpp" line="450"/>
        <source>This opening parenthesis is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/query.cpp" line="479"/>
        <source>&quot;%1:&quot; cannot be excluded; use the other end of the period instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/query.cpp" line="486"/>
        <source>&quot;%1&quot; is not a date: write YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/query.cpp" line="496"/>
        <source>Filters such as paper: or person: apply to the whole query: they cannot go inside OR, NEAR or parentheses.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kanbao::PdfFormat</name>
    <message>
        <location filename="../app/formats/pdfformat.cpp" line="163"/>
        <source>PDF page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/formats/pdfformat.cpp" line="190"/>
        <location filename="../app/formats/pdfformat.cpp" line="219"/>
        <source>the PDF has no page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/formats/pdfformat.cpp" line="201"/>
        <source>not a PDF file (no %PDF header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/formats/pdfformat.cpp" line="206"/>
        <source>the PDF is damaged: it cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/formats/pdfformat.cpp" line="210"/>
        <source>the PDF is encrypted with a password; Kanbao cannot read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/formats/pdfformat.cpp" line="215"/>
        <source>the PDF has no pages (it may be damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/formats/pdfformat.cpp" line="231"/>
        <source>page %1 of the PDF is damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kanbao::Query</name>
    <message>
        <location filename="../app/library/query.cpp" line="611"/>
        <source>at character %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kanbao::RawTextFormat</name>
    <message>
        <location filename="../app/formats/textformats.cpp" line="36"/>
        <source>Page text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kanbao::SavedSearchModel</name>
    <message numerus="yes">
        <location filename="../ui/search/savedsearchmodel.cpp" line="28"/>
        <source>%1 — %n new</source>
        <translation>
            <numerusform>%1 — %n new</numerusform>
            <numerusform>%1 — %n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/search/savedsearchmodel.cpp" line="30"/>
        <source>%1
%n article(s) match</source>
        <translation>
            <numerusform>%1
%n article matches</numerusform>
            <numerusform>%1
%n articles match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kanbao::SavedSearches</name>
    <message>
        <location filename="../app/library/searchlists.cpp" line="59"/>
        <source>A saved search needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/searchlists.cpp" line="138"/>
        <location filename="../app/library/searchlists.cpp" line="149"/>
        <source>There is no such saved search.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kanbao::ScanTableModel</name>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="71"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="73"/>
        <source>Already in the library</source>
        <translation>Already in the library</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="75"/>
        <source>Changed: will replace</source>
        <translation>Changed: will replace</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="77"/>
        <source>Cannot import</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="79"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="88"/>
        <source>corrected</source>
        <translation>corrected</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="90"/>
        <source>from the path</source>
        <translation>from the path</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="92"/>
        <source>from the page header</source>
        <translation>from the page header</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="94"/>
        <source>guessed from the text</source>
        <translation>guessed from the text</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="96"/>
        <source>guessed from the file time</source>
        <translation>guessed from the file time</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="98"/>
        <source>guessed from the other files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="121"/>
        <source>Double-click to correct</source>
        <translation>Double-click to correct</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="150"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="156"/>
        <source>yes (%1)</source>
        <translation>yes (%1)</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="157"/>
        <source>no (%1)</source>
        <translation>no (%1)</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="160"/>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="162"/>
        <source>Cannot import: %1</source>
        <translation>Cannot import: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/scantablemodel.cpp" line="164"/>
        <source>%1, %n article(s); %2</source>
        <translation>
            <numerusform>%1, %n article; %2</numerusform>
            <numerusform>%1, %n articles; %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/scantablemodel.cpp" line="165"/>
        <source>%1, %n article(s)</source>
        <translation>
            <numerusform>%1, %n article</numerusform>
            <numerusform>%1, %n articles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="247"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="249"/>
        <source>Encoding</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="251"/>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="253"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="255"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="257"/>
        <source>Date guessed</source>
        <translation>Date guessed</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="259"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>kanbao::Search</name>
    <message>
        <location filename="../app/library/search.cpp" line="57"/>
        <source>A search needs at least one word that is not excluded.</source>
        <translation>A search needs at least one word that is not excluded.</translation>
    </message>
    <message>
        <location filename="../app/library/search.cpp" line="607"/>
        <source>This library has no search index (%1).</source>
        <translation>This library has no search index (%1).</translation>
    </message>
    <message>
        <location filename="../app/library/search.cpp" line="558"/>
        <location filename="../app/library/search.cpp" line="609"/>
        <location filename="../app/library/search.cpp" line="1163"/>
        <source>Search failed: %1</source>
        <translation>Search failed: %1</translation>
    </message>
    <message>
        <location filename="../app/library/search.cpp" line="734"/>
        <source>The library is not open.</source>
        <translation>The library is not open.</translation>
    </message>
    <message>
        <location filename="../app/library/search.cpp" line="588"/>
        <source>Type a word to search for, or choose a filter.</source>
        <translation>Type a word to search for, or choose a filter.</translation>
    </message>
    <message>
        <location filename="../app/library/search.cpp" line="592"/>
        <source>The query has no searchable words.</source>
        <translation>The query has no searchable words.</translation>
    </message>
    <message>
        <location filename="../app/library/search.cpp" line="868"/>
        <source>The query could not be understood: %1</source>
        <translation>The query could not be understood: %1</translation>
    </message>
</context>
<context>
    <name>kanbao::SearchAsYouType</name>
    <message>
        <location filename="../ui/search/searchasyoutype.cpp" line="126"/>
        <source>Searching when you pause typing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/searchasyoutype.cpp" line="127"/>
        <source>Results for “%1” — searching for the new query…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/searchasyoutype.cpp" line="129"/>
        <source>Press Enter to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/searchasyoutype.cpp" line="130"/>
        <source>Results for “%1” — press Enter to search for the new query.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kanbao::SearchOverview</name>
    <message>
        <location filename="../ui/search/searchoverview.cpp" line="32"/>
        <source>Best match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/searchoverview.cpp" line="33"/>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/searchoverview.cpp" line="34"/>
        <source>Oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/searchoverview.cpp" line="35"/>
        <source>Order of the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/searchoverview.cpp" line="38"/>
        <source>By year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/searchoverview.cpp" line="39"/>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/searchoverview.cpp" line="40"/>
        <source>By day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/searchoverview.cpp" line="41"/>
        <source>Hits over time: one bar per year, month or day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/searchoverview.cpp" line="42"/>
        <source>Per issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/searchoverview.cpp" line="43"/>
        <source>Divide each period&apos;s hits by the issues of that period in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/searchoverview.cpp" line="44"/>
        <source>Concordance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/searchoverview.cpp" line="46"/>
        <source>Every hit on a line of its own, in context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/searchoverview.cpp" line="55"/>
        <source>Save Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/searchoverview.cpp" line="57"/>
        <source>Keep this search in Saved Searches, which counts its new hits after imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/searchoverview.cpp" line="68"/>
        <source>Click a value to show only its articles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kanbao::SelectionPopup</name>
    <message>
        <location filename="../ui/notes/selectionpopup.cpp" line="82"/>
        <source>Note…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <location filename="../ui/notes/selectionpopup.cpp" line="83"/>
        <source>Highlight the selection and write a note on it</source>
        <translation>Highlight the selection and write a note on it</translation>
    </message>
</context>
<context>
    <name>kanbao::StoredFiles</name>
    <message>
        <location filename="../app/library/storedfiles.cpp" line="45"/>
        <source>%1: cannot create the folder for the library&apos;s copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/storedfiles.cpp" line="50"/>
        <source>%1: the copy in %2 could not be written: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/storedfiles.cpp" line="76"/>
        <location filename="../app/library/storedfiles.cpp" line="85"/>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/storedfiles.cpp" line="163"/>
        <source>%1: no page of the library was imported from this file (nor is it a page or article id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/storedfiles.cpp" line="175"/>
        <source>%1 is not the file imported from %2: its content differs. Import it again to replace the pages with what it holds now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/storedfiles.cpp" line="195"/>
        <source>%1: cannot link the pages of %2 to it: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kanbao::TagChipBar</name>
    <message>
        <location filename="../ui/notes/tagchipbar.cpp" line="94"/>
        <source>Every article tagged “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kanbao::TagListModel</name>
    <message numerus="yes">
        <location filename="../ui/notes/taglistmodel.cpp" line="123"/>
        <source>%1: %n article(s)</source>
        <translation>
            <numerusform>%1: %n article</numerusform>
            <numerusform>%1: %n articles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/notes/taglistmodel.cpp" line="198"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../ui/notes/taglistmodel.cpp" line="200"/>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
</context>
<context>
    <name>kanbao::TagManagerDialog</name>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="109"/>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="202"/>
        <source>Cannot rename the tag</source>
        <translation>Cannot rename the tag</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="125"/>
        <source>Other Color…</source>
        <translation>Other Color…</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="132"/>
        <source>Tag Color</source>
        <translation>Tag Color</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="160"/>
        <source>No library is open.</source>
        <translation>No library is open.</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="166"/>
        <source>New tag</source>
        <translation>New tag</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="169"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="187"/>
        <source>Cannot create the tag</source>
        <translation>Cannot create the tag</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="230"/>
        <source>Delete Tag</source>
        <translation>Delete Tag</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="231"/>
        <source>Delete the tag “%1”? It is on %n article(s). You can undo this with Edit ▸ Undo.</source>
        <translation>
            <numerusform>Delete the tag “%1”? It is on %n article. You can undo this with Edit ▸ Undo.</numerusform>
            <numerusform>Delete the tag “%1”? It is on %n articles. You can undo this with Edit ▸ Undo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="258"/>
        <source>Manage Tags</source>
        <translation>Manage Tags</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="259"/>
        <source>&amp;New Tag</source>
        <translation>&amp;New Tag</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="260"/>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="261"/>
        <source>&amp;Color</source>
        <translation>&amp;Color</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="262"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="263"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="264"/>
        <source>Double-click a name to rename it. Changes are saved at once; Ctrl+Z undoes them.</source>
        <translation>Double-click a name to rename it. Changes are saved at once; Ctrl+Z undoes them.</translation>
    </message>
</context>
<context>
    <name>kanbao::TagPickerDialog</name>
    <message>
        <location filename="../ui/notes/tagpickerdialog.cpp" line="196"/>
        <source>No library is open.</source>
        <translation>No library is open.</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagpickerdialog.cpp" line="198"/>
        <source>No tags yet: type a name and press Enter to create one.</source>
        <translation>No tags yet: type a name and press Enter to create one.</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagpickerdialog.cpp" line="199"/>
        <source>Type to find a tag; Enter checks it or creates a new one.</source>
        <translation>Type to find a tag; Enter checks it or creates a new one.</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagpickerdialog.cpp" line="201"/>
        <source>OK will add %1 and remove %2.</source>
        <translation>OK will add %1 and remove %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/notes/tagpickerdialog.cpp" line="202"/>
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/notes/tagpickerdialog.cpp" line="226"/>
        <source>Tag Articles</source>
        <translation>Tag Articles</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagpickerdialog.cpp" line="228"/>
        <source>Tags of “%1”</source>
        <translation>Tags of “%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/notes/tagpickerdialog.cpp" line="230"/>
        <source>Tags of %n article(s)</source>
        <translation>
            <numerusform>Tags of %n article</numerusform>
            <numerusform>Tags of %n articles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/notes/tagpickerdialog.cpp" line="231"/>
        <source>Tag name — Enter to check it or create it</source>
        <translation>Tag name — Enter to check it or create it</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagpickerdialog.cpp" line="232"/>
        <source>Manage Tags…</source>
        <translation>Manage Tags…</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagpickerdialog.cpp" line="233"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagpickerdialog.cpp" line="234"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>kanbao::TagRowFilter</name>
    <message>
        <location filename="../ui/notes/tagrowfilter.cpp" line="42"/>
        <location filename="../ui/notes/tagrowfilter.cpp" line="142"/>
        <source>Tag:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagrowfilter.cpp" line="77"/>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagrowfilter.cpp" line="82"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagrowfilter.cpp" line="126"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>kanbao::TagsPanel</name>
    <message>
        <location filename="../ui/notes/tagspanel.cpp" line="130"/>
        <source>Choose a tag to list its articles.</source>
        <translation>Choose a tag to list its articles.</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagspanel.cpp" line="130"/>
        <source>No library open.</source>
        <translation>No library open.</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagspanel.cpp" line="160"/>
        <source>Articles tagged “%1” (%2):</source>
        <translation>Articles tagged “%1” (%2):</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagspanel.cpp" line="165"/>
        <source>Manage Tags…</source>
        <translation>Manage Tags…</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagspanel.cpp" line="166"/>
        <source>Notes with This Tag</source>
        <translation>Notes with This Tag</translation>
    </message>
</context>
<context>
    <name>kanbao::TextDecoder</name>
    <message>
        <location filename="../app/text/textdecoder.cpp" line="331"/>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <location filename="../app/text/textdecoder.cpp" line="370"/>
        <source>binary data, not text</source>
        <translation>binary data, not text</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/text/textdecoder.cpp" line="344"/>
        <source>the file starts with a UTF-8 byte order mark but is not valid UTF-8 (%n invalid sequence(s), the first at byte %1)</source>
        <translation>
            <numerusform>the file starts with a UTF-8 byte order mark but is not valid UTF-8 (%n invalid sequence, the first at byte %1)</numerusform>
            <numerusform>the file starts with a UTF-8 byte order mark but is not valid UTF-8 (%n invalid sequences, the first at byte %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/text/textdecoder.cpp" line="359"/>
        <source>the file starts with a UTF-16 byte order mark but is not valid UTF-16 (%n invalid sequence(s), the first at byte %1)</source>
        <translation>
            <numerusform>the file starts with a UTF-16 byte order mark but is not valid UTF-16 (%n invalid sequence, the first at byte %1)</numerusform>
            <numerusform>the file starts with a UTF-16 byte order mark but is not valid UTF-16 (%n invalid sequences, the first at byte %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/text/textdecoder.cpp" line="399"/>
        <source>not text in any supported encoding (UTF-8, UTF-16, GB18030/GBK): %n invalid sequence(s) as %1, the first at byte %2</source>
        <translation>
            <numerusform>not text in any supported encoding (UTF-8, UTF-16, GB18030/GBK): %n invalid sequence as %1, the first at byte %2</numerusform>
            <numerusform>not text in any supported encoding (UTF-8, UTF-16, GB18030/GBK): %n invalid sequences as %1, the first at byte %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/text/textdecoder.cpp" line="409"/>
        <source>the file holds no text</source>
        <translation>the file holds no text</translation>
    </message>
    <message>
        <location filename="../app/text/textdecoder.cpp" line="428"/>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <location filename="../app/text/textdecoder.cpp" line="431"/>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/text/textdecoder.cpp" line="433"/>
        <source>a loop of symbolic links (or too many of them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/text/textdecoder.cpp" line="435"/>
        <source>the name or path is too long for the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/text/textdecoder.cpp" line="437"/>
        <source>a part of the path is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/text/textdecoder.cpp" line="439"/>
        <location filename="../app/text/textdecoder.cpp" line="473"/>
        <source>is a directory, not a page file</source>
        <translation>is a directory, not a page file</translation>
    </message>
    <message>
        <location filename="../app/text/textdecoder.cpp" line="441"/>
        <source>the file name cannot be represented on this system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/text/textdecoder.cpp" line="443"/>
        <source>read error (the disk or the network failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/text/textdecoder.cpp" line="477"/>
        <source>is a named pipe (FIFO), not a page file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/text/textdecoder.cpp" line="481"/>
        <source>is a device, not a page file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/text/textdecoder.cpp" line="485"/>
        <source>is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/text/textdecoder.cpp" line="490"/>
        <source>the file is too large for a newspaper page (%1 MB; the limit is %2 MB)</source>
        <translation>the file is too large for a newspaper page (%1 MB; the limit is %2 MB)</translation>
    </message>
    <message>
        <location filename="../app/text/textdecoder.cpp" line="510"/>
        <source>cannot be read: %1</source>
        <translation>cannot be read: %1</translation>
    </message>
    <message>
        <location filename="../app/text/textdecoder.cpp" line="452"/>
        <source>the file is too large for a newspaper page (the limit is %1 MB)</source>
        <translation>the file is too large for a newspaper page (the limit is %1 MB)</translation>
    </message>
</context>
<context>
    <name>kanbao::TimelineWindow</name>
    <message>
        <location filename="../ui/timelinewindow.cpp" line="315"/>
        <source>Offices over Time — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timelinewindow.cpp" line="326"/>
        <source>Offices over Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timelinewindow.cpp" line="401"/>
        <location filename="../ui/timelinewindow.cpp" line="410"/>
        <source>Export Offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timelinewindow.cpp" line="402"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timelinewindow.cpp" line="411"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/timelinewindow.cpp" line="418"/>
        <source>Person</source>
        <translation type="unfinished">Person</translation>
    </message>
    <message>
        <location filename="../ui/timelinewindow.cpp" line="419"/>
        <source>Organization</source>
        <translation type="unfinished">Organization</translation>
    </message>
    <message>
        <location filename="../ui/timelinewindow.cpp" line="420"/>
        <source>Name of a person or organization; empty: everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timelinewindow.cpp" line="421"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kanbao::citation</name>
    <message>
        <location filename="../app/notes/citation.cpp" line="90"/>
        <location filename="../app/notes/citation.cpp" line="142"/>
        <source>[untitled]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/notes/citation.cpp" line="357"/>
        <source>GB/T 7714-2015</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/notes/citation.cpp" line="359"/>
        <source>Chicago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/notes/citation.cpp" line="361"/>
        <source>RIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/notes/citation.cpp" line="363"/>
        <source>BibTeX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/notes/citation.cpp" line="365"/>
        <source>CSL-JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kanbao::notes</name>
    <message>
        <location filename="../ui/notes/tagpickerdialog.cpp" line="168"/>
        <source>Tag articles</source>
        <translation>Tag articles</translation>
    </message>
    <message>
        <location filename="../app/notes/notestypes.cpp" line="44"/>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../app/notes/notestypes.cpp" line="45"/>
        <source>Correspondent</source>
        <translation>Correspondent</translation>
    </message>
    <message>
        <location filename="../app/notes/notestypes.cpp" line="46"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../app/notes/notestypes.cpp" line="47"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../app/notes/notestypes.cpp" line="79"/>
        <source>Yellow</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <location filename="../app/notes/notestypes.cpp" line="80"/>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <location filename="../app/notes/notestypes.cpp" line="81"/>
        <source>Blue</source>
        <translation>Blue</translation>
    </message>
    <message>
        <location filename="../app/notes/notestypes.cpp" line="82"/>
        <source>Pink</source>
        <translation>Pink</translation>
    </message>
    <message>
        <location filename="../app/notes/notestypes.cpp" line="83"/>
        <source>Purple</source>
        <translation>Purple</translation>
    </message>
    <message>
        <location filename="../app/notes/notestypes.cpp" line="84"/>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location filename="../app/notes/notescommands.cpp" line="129"/>
        <source>Create tag “%1”</source>
        <translation>Create tag “%1”</translation>
    </message>
    <message>
        <location filename="../app/notes/notescommands.cpp" line="162"/>
        <source>Rename tag to “%1”</source>
        <translation>Rename tag to “%1”</translation>
    </message>
    <message>
        <location filename="../app/notes/notescommands.cpp" line="191"/>
        <source>Change tag color</source>
        <translation>Change tag color</translation>
    </message>
    <message>
        <location filename="../app/notes/notescommands.cpp" line="222"/>
        <source>Delete tag</source>
        <translation>Delete tag</translation>
    </message>
    <message>
        <location filename="../app/notes/notescommands.cpp" line="220"/>
        <source>Delete tag “%1”</source>
        <translation>Delete tag “%1”</translation>
    </message>
    <message>
        <location filename="../app/notes/notescommands.cpp" line="247"/>
        <source>Tag %n article(s)</source>
        <translation>Tag %n article(s)</translation>
    </message>
    <message>
        <location filename="../app/notes/notescommands.cpp" line="248"/>
        <source>Untag %n article(s)</source>
        <translation>Untag %n article(s)</translation>
    </message>
    <message>
        <location filename="../app/notes/notescommands.cpp" line="283"/>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../app/notes/notescommands.cpp" line="284"/>
        <source>Add highlight</source>
        <translation>Add highlight</translation>
    </message>
    <message>
        <location filename="../app/notes/notescommands.cpp" line="310"/>
        <source>Edit note</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <location filename="../app/notes/notescommands.cpp" line="311"/>
        <source>Change highlight color</source>
        <translation>Change highlight color</translation>
    </message>
    <message>
        <location filename="../app/notes/notescommands.cpp" line="374"/>
        <source>Delete annotation</source>
        <translation>Delete annotation</translation>
    </message>
    <message>
        <location filename="../app/notes/notescommands.cpp" line="371"/>
        <source>Delete note</source>
        <translation>Delete note</translation>
    </message>
    <message>
        <location filename="../app/notes/notescommands.cpp" line="372"/>
        <source>Delete highlight</source>
        <translation>Delete highlight</translation>
    </message>
    <message>
        <location filename="../app/notes/correctioncommands.cpp" line="27"/>
        <source>Split article before “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/notes/correctioncommands.cpp" line="30"/>
        <source>Merge article with the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/notes/correctioncommands.cpp" line="33"/>
        <source>Set headline “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/notes/correctioncommands.cpp" line="36"/>
        <source>Set kicker “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/notes/correctioncommands.cpp" line="39"/>
        <source>Mark as not an article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/notes/correctioncommands.cpp" line="42"/>
        <source>Merge article with the previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/notes/correctioncommands.cpp" line="45"/>
        <source>Set subheadline “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/notes/correctioncommands.cpp" line="48"/>
        <source>Take “%1” as the kicker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/notes/correctioncommands.cpp" line="51"/>
        <source>Take “%1” as the headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/notes/correctioncommands.cpp" line="54"/>
        <source>Take “%1” as the subheadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/notes/correctioncommands.cpp" line="57"/>
        <source>Set byline “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/notes/correctioncommands.cpp" line="60"/>
        <source>Move “%1” to the previous article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/notes/correctioncommands.cpp" line="63"/>
        <source>Move “%1” to the next article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/notes/correctioncommands.cpp" line="66"/>
        <source>Set the page&apos;s paper to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/notes/correctioncommands.cpp" line="69"/>
        <source>Set the page&apos;s date to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/notes/correctioncommands.cpp" line="72"/>
        <source>Set the page&apos;s label to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/notes/correctioncommands.cpp" line="75"/>
        <source>Set the page&apos;s section to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/notes/pagecorrectionscommand.cpp" line="23"/>
        <source>paper “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/notes/pagecorrectionscommand.cpp" line="27"/>
        <source>date confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/notes/pagecorrectionscommand.cpp" line="28"/>
        <source>date %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/notes/pagecorrectionscommand.cpp" line="31"/>
        <source>page label “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/notes/pagecorrectionscommand.cpp" line="34"/>
        <source>section “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/notes/pagecorrectionscommand.cpp" line="41"/>
        <source>Set %1 on %n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/notes/collectioncommands.cpp" line="18"/>
        <source>Add %n article(s) to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/notes/collectioncommands.cpp" line="75"/>
        <source>Rename collection to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/notes/collectioncommands.cpp" line="99"/>
        <source>Delete collection “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kanbao::pageimage</name>
    <message>
        <location filename="../app/formats/pageimage.cpp" line="86"/>
        <source>%1: the PDF cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/formats/pageimage.cpp" line="91"/>
        <source>%1: the PDF has no page %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/formats/pageimage.cpp" line="123"/>
        <source>%1: page %2 of the PDF could not be drawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kanbao::pdflayout</name>
    <message>
        <location filename="../app/reconstruct/pdflayout.cpp" line="838"/>
        <source>no text layer — OCR is not supported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kanbao::schema</name>
    <message>
        <location filename="../app/library/schema.cpp" line="229"/>
        <source>create papers, issues, pages, articles, full-text index, tags, annotations, entities and mentions</source>
        <translation>create papers, issues, pages, articles, full-text index, tags, annotations, entities and mentions</translation>
    </message>
    <message>
        <location filename="../app/library/schema.cpp" line="232"/>
        <source>create the tables of entity decisions (merges, splits, ignored and added names)</source>
        <translation>create the tables of entity decisions (merges, splits, ignored and added names)</translation>
    </message>
    <message>
        <location filename="../app/library/schema.cpp" line="235"/>
        <source>flag pages read only in part (invalid bytes replaced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/schema.cpp" line="237"/>
        <source>create the table of every office a mention states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/schema.cpp" line="239"/>
        <source>rebuild the full-text index with traditional and simplified characters folded alike; create saved searches and collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/schema.cpp" line="242"/>
        <source>create the table of the reader&apos;s corrections of pages; articles can be marked as not an article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/schema.cpp" line="245"/>
        <source>record every import and the import each page came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/schema.cpp" line="279"/>
        <source>cannot start creating the library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/schema.cpp" line="319"/>
        <source>cannot start the upgrade to version %1: %2</source>
        <translation>cannot start the upgrade to version %1: %2</translation>
    </message>
    <message>
        <location filename="../app/library/schema.cpp" line="305"/>
        <location filename="../app/library/schema.cpp" line="349"/>
        <source>upgrade step %1 -&gt; %2 (%3) failed: %4</source>
        <translation>upgrade step %1 -&gt; %2 (%3) failed: %4</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/commandline.cpp" line="10"/>
        <source>Open the library at &lt;path&gt;.</source>
        <translation>Open the library at &lt;path&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/commandline.cpp" line="11"/>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <location filename="../ui/commandline.cpp" line="17"/>
        <source>Read and annotate archives of Chinese local newspapers.</source>
        <translation>Read and annotate archives of Chinese local newspapers.</translation>
    </message>
</context>
</TS>
