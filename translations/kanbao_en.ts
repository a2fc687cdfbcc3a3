<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>kanbao::AnnotationsPanel</name>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="227" />
        <source>(no headline)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="229" />
        <source>No article open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="238" />
        <source>No highlights or notes yet</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/notes/annotationspanel.cpp" line="240" />
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n highlight</numerusform><numerusform>%n highlights</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/notes/annotationspanel.cpp" line="241" />
        <source>%n note(s) on the article</source>
        <translation>
            <numerusform>%n note on the article</numerusform><numerusform>%n notes on the article</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="245" />
        <source>Open a library to highlight articles and take notes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="247" />
        <source>Open an article to see its highlights and notes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="249" />
        <source>Select text in the article and click a color above to highlight it. Right-click the selection for more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="277" />
        <source>Add a note to this highlight…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="277" />
        <source>Write a note on the article…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="306" />
        <source>No library is open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="319" />
        <source>Select some text of the article first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="387" />
        <source>Color</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="394" />
        <source>Copy Quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="398" />
        <source>Edit Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="401" />
        <location filename="../ui/notes/annotationspanel.cpp" line="440" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="435" />
        <source>Highlight:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="436" />
        <source>Highlight the text selected in the article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="437" />
        <source>+ Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="438" />
        <source>Write a note on the whole article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="439" />
        <source>Color:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="441" />
        <source>Delete this annotation (it can be undone)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kanbao::ArticleListModel</name>
    <message>
        <location filename="../ui/articlelistmodel.cpp" line="66" />
        <source>(no headline)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/articlelistmodel.cpp" line="74" />
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kanbao::ArticleView</name>
    <message>
        <location filename="../ui/articleview.cpp" line="59" />
        <source>Reporter: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/articleview.cpp" line="61" />
        <source>Correspondent: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/articleview.cpp" line="63" />
        <source>Author: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/articleview.cpp" line="65" />
        <source>Photo: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/articleview.cpp" line="79" />
        <source>page %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/articleview.cpp" line="111" />
        <source>Choose a day in the calendar and an article to read it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/articleview.cpp" line="132" />
        <source>(no headline)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kanbao::EntityModel</name>
    <message>
        <location filename="../ui/entitymodel.cpp" line="27" />
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/entitymodel.cpp" line="29" />
        <source>Organizations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/entitymodel.cpp" line="31" />
        <source>Places</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/entitymodel.cpp" line="105" />
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/entitymodel.cpp" line="120" />
        <source>%1 ×%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/entitymodel.cpp" line="122" />
        <source>Click to list every article that mentions %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/entitymodel.cpp" line="150" />
        <source>Entities</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kanbao::ExportNotesDialog</name>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="304" />
        <source>No library is open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="322" />
        <source>No notes in this selection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="324" />
        <source>%1 from %2 will be exported (%3).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/notes/exportnotesdialog.cpp" line="325" />
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform><numerusform>%n notes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/notes/exportnotesdialog.cpp" line="326" />
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform><numerusform>%n articles</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="336" />
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="339" />
        <source>Markdown (*.md)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="342" />
        <source>CSV tables (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="345" />
        <location filename="../ui/notes/exportnotesdialog.cpp" line="361" />
        <location filename="../ui/notes/exportnotesdialog.cpp" line="365" />
        <location filename="../ui/notes/exportnotesdialog.cpp" line="379" />
        <location filename="../ui/notes/exportnotesdialog.cpp" line="389" />
        <source>Export Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="360" />
        <source>Choose a file to export to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="366" />
        <source>%1 exists. Replace it?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="379" />
        <source>The notes could not be exported: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="390" />
        <source>Which notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="391" />
        <source>&amp;All notes in the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="392" />
        <source>On articles &amp;tagged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="393" />
        <source>On issues &amp;dated</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/notes/exportnotesdialog.cpp" line="394" />
        <source>On the &amp;selected articles (%n)</source>
        <translation>
            <numerusform>On the &amp;selected articles (%n)</numerusform><numerusform>On the &amp;selected articles (%n)</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="395" />
        <source>Include notes on whole articles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="396" />
        <source>Include orphaned notes (their article changed on re-import)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="397" />
        <source>Format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="398" />
        <source>&amp;PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="399" />
        <source>&amp;Markdown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="400" />
        <source>&amp;CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="401" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="402" />
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="403" />
        <source>&amp;Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="404" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kanbao::ImportWizard</name>
    <message>
        <location filename="../ui/importwizard.cpp" line="52" />
        <location filename="../ui/importwizard.cpp" line="287" />
        <source>Import Archive Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="66" />
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="68" />
        <source>%1 is a file, not a folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="70" />
        <source>The folder %1 cannot be read: you do not have permission to open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="73" />
        <source>Cannot import this folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="75" />
        <source>Choose a folder that holds the page text files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="250" />
        <source>Reading %1 of %2 files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="262" />
        <source>Imported %1 of %2 files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="263" />
        <source>Importing %1 (%2 of %3)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="289" />
        <source>&amp;Next &gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="290" />
        <source>&lt; &amp;Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="291" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="292" />
        <source>&amp;Finish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="293" />
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="294" />
        <source>Choose the archive folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="295" />
        <source>Every page text file (.txt, .md) in the folder and its subfolders is read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="296" />
        <source>Check what was found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="298" />
        <source>Dates read from the page header are reliable; guessed dates are shown in orange. Double-click a date to correct it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="300" />
        <source>Preview the reconstruction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="301" />
        <source>The raw text of a file and the articles Kanbao rebuilt from it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="302" />
        <source>Importing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="303" />
        <source>Each file is saved as soon as it is read: stopping keeps what was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="304" />
        <source>Import finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="305" />
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="306" />
        <source>Folder with page text files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="307" />
        <source>You can also drop a folder on the Kanbao window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="308" />
        <source>&amp;Stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="348" />
        <source>Looking for page files in %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="364" />
        <source>Cannot read the folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="366" />
        <source>No page text files were found in %1. Choose the folder that holds the .txt files.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard.cpp" line="369" />
        <source>%n file(s) can be imported.</source>
        <translation>
            <numerusform>%n file can be imported.</numerusform><numerusform>%n files can be imported.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard.cpp" line="371" />
        <source>%n file(s) cannot be read; they are listed in red.</source>
        <translation>
            <numerusform>%n file cannot be read; it is listed in red.</numerusform><numerusform>%n files cannot be read; they are listed in red.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard.cpp" line="417" />
        <source>%1: %2, %n article(s)</source>
        <translation>
            <numerusform>%1: %2, %n article</numerusform><numerusform>%1: %2, %n articles</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="448" />
        <source>Stopping after the current file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="472" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="472" />
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="472" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="477" />
        <source>Imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="478" />
        <source>Unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="479" />
        <source>Replaced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="480" />
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="481" />
        <source>Not imported (stopped)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="495" />
        <source>Imported: %1 · Unchanged: %2 · Replaced: %3 · Failed: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="501" />
        <source>The import was stopped. What was imported before stays in the library.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="511" />
        <source>Stop the import?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="512" />
        <source>Files imported so far stay in the library. Stop now?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importworkers.cpp" line="23" />
        <source>The folder %1 cannot be read. Check that it exists and that you may open it, then choose it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/importworkers.cpp" line="48" />
        <source>The scan was stopped.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kanbao::IssueContentsModel</name>
    <message>
        <location filename="../ui/issuecontentsmodel.cpp" line="170" />
        <source>Photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/issuecontentsmodel.cpp" line="172" />
        <source>Commentary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/issuecontentsmodel.cpp" line="174" />
        <source>Brief</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/issuecontentsmodel.cpp" line="176" />
        <source>Wire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/issuecontentsmodel.cpp" line="177" />
        <source>Article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/issuecontentsmodel.cpp" line="189" />
        <source>[%1]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/issuecontentsmodel.cpp" line="190" />
        <source>[%1] %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/issuecontentsmodel.cpp" line="202" />
        <location filename="../ui/issuecontentsmodel.cpp" line="203" />
        <source>Page %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/issuecontentsmodel.cpp" line="206" />
        <source>%1 (%n article(s))</source>
        <translation>
            <numerusform>%1 (%n article)</numerusform><numerusform>%1 (%n articles)</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/issuecontentsmodel.cpp" line="257" />
        <source>Pages and articles</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kanbao::Language</name>
    <message>
        <location filename="../ui/language.cpp" line="19" />
        <source>System language</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kanbao::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="328" />
        <source>About Kanbao</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="329" />
        <source>Kanbao %1
Read and annotate archives of Chinese local newspapers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="410" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="411" />
        <source>Recent &amp;Libraries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="412" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="413" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="414" />
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="415" />
        <source>&amp;Go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="416" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="418" />
        <source>&amp;New Library…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="419" />
        <source>&amp;Open Library…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="420" />
        <source>&amp;Import Archive Folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="421" />
        <source>Import &amp;Sample Archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="422" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="423" />
        <source>&amp;Clear List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="424" />
        <source>&amp;Copy Article with Citation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="425" />
        <source>&amp;Find…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="426" />
        <source>&amp;Larger Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="427" />
        <source>&amp;Smaller Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="428" />
        <source>&amp;Default Text Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="429" />
        <source>&amp;Next Article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="430" />
        <source>&amp;Previous Article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="431" />
        <source>Next &amp;Issue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="432" />
        <source>Previous I&amp;ssue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="433" />
        <source>Next &amp;Month with Issues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="434" />
        <source>Previous M&amp;onth with Issues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="435" />
        <source>&amp;Latest Issue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="436" />
        <source>&amp;About Kanbao</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="440" />
        <source>Issues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="441" />
        <source>People, Organizations, Places</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="442" />
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="443" />
        <source>◀ Previous month with issues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="445" />
        <source>Next month with issues ▶</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="447" />
        <source>Search the library (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="448" />
        <source>This library is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="449" />
        <source>Import a folder of newspaper page text files to start reading. Kanbao comes with a small sample archive of four pages to try it out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="451" />
        <source>Import Sample Archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="452" />
        <source>Import Archive Folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="454" />
        <source>Click a name to list every article that mentions it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="456" />
        <location filename="../ui/mainwindow.cpp" line="929" />
        <source>Articles mentioning %1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="483" />
        <source>Kanbao</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="485" />
        <source>%1 — Kanbao</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="495" />
        <location filename="../ui/mainwindow.cpp" line="955" />
        <source>No library open</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="497" />
        <source>%1 — %n article(s)</source>
        <translation>
            <numerusform>%1 — %n article</numerusform><numerusform>%1 — %n articles</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="545" />
        <source>Cannot open library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="546" />
        <source>The library %1 could not be opened.

%2

Choose another library with File ▸ Open Library, or create a new one with File ▸ New Library.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="549" />
        <source>No reason was given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="610" />
        <source>&amp;%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="622" />
        <source>New Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="623" />
        <source>Kanbao libraries (*.kanbao)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="629" />
        <source>Cannot create library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="630" />
        <source>%1 already exists. Open it with File ▸ Open Library, or choose another name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="639" />
        <source>Open Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="640" />
        <source>Kanbao libraries (*.kanbao);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="667" />
        <source>Import in progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="668" />
        <source>An import is running. Stop it and quit? Files imported so far stay in the library.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="706" />
        <source>%1 (%n article(s))</source>
        <translation>
            <numerusform>%1 (%n article)</numerusform><numerusform>%1 (%n articles)</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="719" />
        <source>No issue on %1: a gap in the archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="721" />
        <source>No issue on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="740" />
        <source>The issue could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="755" />
        <source>This issue has no articles.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="769" />
        <source> (date guessed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="793" />
        <source>The article could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="827" />
        <source>Last article of the issue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="827" />
        <source>First article of the issue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="861" />
        <source>This is the latest issue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="861" />
        <source>This is the earliest issue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="875" />
        <source>Article copied with its citation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="893" />
        <source>No articles match “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="896" />
        <source>%n article(s) match</source>
        <translation>
            <numerusform>%n article matches</numerusform><numerusform>%n articles match</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="897" />
        <source>More than %n articles match</source>
        <translation>
            <numerusform>More than %n articles match</numerusform><numerusform>More than %n articles match</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="935" />
        <source>Import Archive Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="944" />
        <source>No sample archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="945" />
        <source>The sample archive was not found next to the program. Reinstall Kanbao, or import a folder of your own with File ▸ Import Archive Folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="956" />
        <source>Open or create a library first (File ▸ Open Library or File ▸ New Library).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kanbao::NoteCardDelegate</name>
    <message>
        <location filename="../ui/notes/notecarddelegate.cpp" line="137" />
        <location filename="../ui/notes/annotationlistmodel.cpp" line="11" />
        <source>Note on the article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/notecarddelegate.cpp" line="242" />
        <source>Orphan</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kanbao::NotesBrowser</name>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="140" />
        <source>All tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="145" />
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="159" />
        <source>All colors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="267" />
        <source>No library open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="284" />
        <source>No notes match these filters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="285" />
        <source>No notes yet. Highlight text in an article to start.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/notes/notesbrowser.cpp" line="288" />
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform><numerusform>%n notes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/notes/notesbrowser.cpp" line="289" />
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform><numerusform>%n articles</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/notes/notesbrowser.cpp" line="291" />
        <source>%n orphan(s)</source>
        <translation>
            <numerusform>%n orphan</numerusform><numerusform>%n orphans</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="310" />
        <source>Search highlights and notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="311" />
        <source>Tag:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="312" />
        <source>Color:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="313" />
        <source>Show:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="317" />
        <source>Everything</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="318" />
        <source>Highlights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="319" />
        <source>Notes on articles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="320" />
        <source>Orphans</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="324" />
        <source>Any date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="325" />
        <source>Issue date between</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="326" />
        <source>Written between</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kanbao::NotesController</name>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="110" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="110" />
        <source>The change could not be written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="255" />
        <source>&amp;Undo %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="255" />
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="256" />
        <source>&amp;Redo %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="256" />
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="257" />
        <source>&amp;Highlight Selection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="258" />
        <source>Highlight with &amp;Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="261" />
        <source>Note on the &amp;Article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="262" />
        <source>&amp;Tag Articles…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="263" />
        <source>&amp;Manage Tags…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="264" />
        <source>&amp;Export Notes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="265" />
        <source>&amp;Browse All Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="266" />
        <source>Highlights &amp;&amp; Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="267" />
        <source>Notes Browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="268" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="270" />
        <source>&amp;Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="272" />
        <source>Highlight in &amp;Color</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="349" />
        <source>Highlight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="356" />
        <source>Change Highlight Color</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="366" />
        <source>Edit Note on Highlight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="366" />
        <source>Add Note to Highlight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="373" />
        <source>Delete Highlight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="392" />
        <source>Open or select an article to tag it.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/notes/notescontroller.cpp" line="405" />
        <source>Tags of %n article(s) saved</source>
        <translation>
            <numerusform>Tags of %n article saved</numerusform><numerusform>Tags of %n articles saved</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/notes/notescontroller.cpp" line="437" />
        <source>%n note(s) exported to %1</source>
        <translation>
            <numerusform>%n note exported to %1</numerusform><numerusform>%n notes exported to %1</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="472" />
        <source>“%1” in %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="474" />
        <source>Orphaned Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="475" />
        <source>This note's article was replaced when its page was imported again, and the quoted text was not found in the new version. The note is kept with where it came from:

%1

Quote: %2
Note: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="477" />
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kanbao::ScanTableModel</name>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="57" />
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="59" />
        <source>Already in the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="61" />
        <source>Changed: will replace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="63" />
        <source>Cannot import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="72" />
        <source>corrected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="74" />
        <source>from the path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="76" />
        <source>from the page header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="78" />
        <source>guessed from the text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="80" />
        <source>guessed from the file time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="103" />
        <source>Double-click to correct</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="126" />
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="132" />
        <source>yes (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="133" />
        <source>no (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="136" />
        <source>Cannot import: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/scantablemodel.cpp" line="137" />
        <source>%1, %n article(s)</source>
        <translation>
            <numerusform>%1, %n article</numerusform><numerusform>%1, %n articles</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="187" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="189" />
        <source>Encoding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="191" />
        <source>Paper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="193" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="195" />
        <source>Page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="197" />
        <source>Date guessed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="199" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kanbao::SelectionPopup</name>
    <message>
        <location filename="../ui/notes/selectionpopup.cpp" line="82" />
        <source>Note…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/selectionpopup.cpp" line="83" />
        <source>Highlight the selection and write a note on it</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kanbao::TagListModel</name>
    <message numerus="yes">
        <location filename="../ui/notes/taglistmodel.cpp" line="123" />
        <source>%1: %n article(s)</source>
        <translation>
            <numerusform>%1: %n article</numerusform><numerusform>%1: %n articles</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/notes/taglistmodel.cpp" line="198" />
        <source>Tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/taglistmodel.cpp" line="200" />
        <source>Articles</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kanbao::TagManagerDialog</name>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="109" />
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="202" />
        <source>Cannot rename the tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="125" />
        <source>Other Color…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="132" />
        <source>Tag Color</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="160" />
        <source>No library is open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="166" />
        <source>New tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="169" />
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="187" />
        <source>Cannot create the tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="230" />
        <source>Delete Tag</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="231" />
        <source>Delete the tag “%1”? It is on %n article(s). You can undo this with Edit ▸ Undo.</source>
        <translation>
            <numerusform>Delete the tag “%1”? It is on %n article. You can undo this with Edit ▸ Undo.</numerusform><numerusform>Delete the tag “%1”? It is on %n articles. You can undo this with Edit ▸ Undo.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="258" />
        <source>Manage Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="259" />
        <source>&amp;New Tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="260" />
        <source>&amp;Rename</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="261" />
        <source>&amp;Color</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="262" />
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="263" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="264" />
        <source>Double-click a name to rename it. Changes are saved at once; Ctrl+Z undoes them.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kanbao::TagPickerDialog</name>
    <message>
        <location filename="../ui/notes/tagpickerdialog.cpp" line="167" />
        <source>Tag articles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/tagpickerdialog.cpp" line="195" />
        <source>No library is open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/tagpickerdialog.cpp" line="197" />
        <source>No tags yet: type a name and press Enter to create one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/tagpickerdialog.cpp" line="198" />
        <source>Type to find a tag; Enter checks it or creates a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/tagpickerdialog.cpp" line="200" />
        <source>OK will add %1 and remove %2.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/notes/tagpickerdialog.cpp" line="201" />
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform><numerusform>%n tags</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/notes/tagpickerdialog.cpp" line="225" />
        <source>Tag Articles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/tagpickerdialog.cpp" line="227" />
        <source>Tags of “%1”</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/notes/tagpickerdialog.cpp" line="229" />
        <source>Tags of %n article(s)</source>
        <translation>
            <numerusform>Tags of %n article</numerusform><numerusform>Tags of %n articles</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/notes/tagpickerdialog.cpp" line="230" />
        <source>Tag name — Enter to check it or create it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/tagpickerdialog.cpp" line="231" />
        <source>Manage Tags…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/tagpickerdialog.cpp" line="232" />
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/tagpickerdialog.cpp" line="233" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kanbao::TagsPanel</name>
    <message>
        <location filename="../ui/notes/tagspanel.cpp" line="130" />
        <source>Choose a tag to list its articles.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/tagspanel.cpp" line="130" />
        <source>No library open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/tagspanel.cpp" line="160" />
        <source>Articles tagged “%1” (%2):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/tagspanel.cpp" line="165" />
        <source>Manage Tags…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notes/tagspanel.cpp" line="166" />
        <source>Notes with This Tag</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>