<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name></name>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Setiap %n hari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s)</source>
        <translation>
            <numerusform>Setiap %n minggu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s)</source>
        <translation>
            <numerusform>Setiap %n bulan</numerusform>
        </translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Setiap tahun</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>pada %1</translation>
    </message>
    <message>
        <source>first</source>
        <translation>pertama</translation>
    </message>
    <message>
        <source>second</source>
        <translation>kedua</translation>
    </message>
    <message>
        <source>third</source>
        <translation>ketiga</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>keempat</translation>
    </message>
    <message>
        <source>last</source>
        <translation>terakhir</translation>
    </message>
    <message>
        <source>on the %1 %2</source>
        <translation>pada %2 %1</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>bulan %1</translation>
    </message>
    <message>
        <source>on day %1</source>
        <translation>pada tanggal %1</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n kali</numerusform>
        </translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>sampai %1</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Select a resource to assign first.</source>
        <translation>Pilih dulu sumber daya yang akan ditugaskan.</translation>
    </message>
    <message>
        <source>Choose the task to assign the resource to.</source>
        <translation>Pilih tugas untuk sumber daya ini.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a summary task; assign resources to the tasks under it.</source>
        <translation>&apos;%1&apos; adalah tugas ringkasan; tugaskan sumber daya ke tugas di bawahnya.</translation>
    </message>
    <message>
        <source>%1 is already assigned to &apos;%2&apos;.</source>
        <translation>%1 sudah ditugaskan ke &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity; type a number like 12.</source>
        <translation>&quot;%1&quot; bukan jumlah; ketik angka seperti 12.</translation>
    </message>
    <message>
        <source>The units must be more than 0.</source>
        <translation>Unit harus lebih dari 0.</translation>
    </message>
    <message>
        <source>Assign %1</source>
        <translation>Tugaskan %1</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Kuantitas</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unit</translation>
    </message>
</context>
<context>
    <name>AssignmentsModel</name>
    <message>
        <source>The work is not spread evenly: the task takes longer than with a flat contour at the same units.</source>
        <translation>Pekerjaan tidak tersebar rata: tugas berlangsung lebih lama daripada dengan kontur datar pada unit yang sama.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a work contour; choose one of %2.</source>
        <translation>&quot;%1&quot; bukan kontur kerja; pilih salah satu dari %2.</translation>
    </message>
    <message>
        <source>Change contour of %1 on %2</source>
        <translation>Ubah kontur %1 pada %2</translation>
    </message>
</context>
<context>
    <name>BmcView</name>
    <message>
        <source>Add note to %1…</source>
        <translation>Tambah catatan ke %1…</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Sunting catatan…</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Warna</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Hapus catatan</translation>
    </message>
</context>
<context>
    <name>CalendarEditor</name>
    <message>
        <source>Change Working Time</source>
        <translation>Ubah Waktu Kerja</translation>
    </message>
    <message>
        <source>Change Working Time for %1</source>
        <translation>Ubah Waktu Kerja untuk %1</translation>
    </message>
    <message>
        <source>&amp;New...</source>
        <translation>&amp;Baru...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>&amp;Kalender:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;ma:</translation>
    </message>
    <message>
        <source>&amp;Based on:</source>
        <translation>Ber&amp;dasarkan:</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Tambah...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Sunting...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Hap&amp;us</translation>
    </message>
    <message>
        <source>Add &amp;holidays...</source>
        <translation>Tambah hari &amp;libur...</translation>
    </message>
    <message>
        <source>E&amp;xceptions</source>
        <translation>&amp;Pengecualian</translation>
    </message>
    <message>
        <source>&amp;Work Week</source>
        <translation>Minggu &amp;Kerja</translation>
    </message>
    <message>
        <source> (plan default)</source>
        <translation> (bawaan rencana)</translation>
    </message>
    <message>
        <source>(none: a base calendar)</source>
        <translation>(tidak ada: kalender dasar)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Change working time</source>
        <translation>Ubah waktu kerja</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <source>Eliminate</source>
        <translation>Hilangkan</translation>
    </message>
    <message>
        <source>Reduce</source>
        <translation>Kurangi</translation>
    </message>
    <message>
        <source>Raise</source>
        <translation>Tingkatkan</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Ciptakan</translation>
    </message>
    <message>
        <source>%1 (ours)</source>
        <translation>%1 (kita)</translation>
    </message>
    <message>
        <source>Which factors the industry takes for granted should be eliminated?</source>
        <translation>Faktor mana yang dianggap wajar oleh industri tetapi sebaiknya dihilangkan?</translation>
    </message>
    <message>
        <source>Which factors should be reduced well below the industry&apos;s standard?</source>
        <translation>Faktor mana yang sebaiknya dikurangi jauh di bawah standar industri?</translation>
    </message>
    <message>
        <source>Which factors should be raised well above the industry&apos;s standard?</source>
        <translation>Faktor mana yang sebaiknya ditingkatkan jauh di atas standar industri?</translation>
    </message>
    <message>
        <source>Which factors should be created that the industry has never offered?</source>
        <translation>Faktor mana yang belum pernah ditawarkan industri dan sebaiknya diciptakan?</translation>
    </message>
    <message>
        <source>The action is one of Eliminate, Reduce, Raise or Create (or empty).</source>
        <translation>Tindakannya salah satu dari Hilangkan, Kurangi, Tingkatkan atau Ciptakan (atau kosong).</translation>
    </message>
    <message>
        <source>Key Partners</source>
        <translation>Mitra Utama</translation>
    </message>
    <message>
        <source>Who helps us? Which resources do they supply?</source>
        <translation>Siapa yang membantu kita? Sumber daya apa yang mereka pasok?</translation>
    </message>
    <message>
        <source>Key Activities</source>
        <translation>Aktivitas Utama</translation>
    </message>
    <message>
        <source>What must we do well to deliver the value?</source>
        <translation>Apa yang harus kita kerjakan dengan baik untuk memberikan nilai?</translation>
    </message>
    <message>
        <source>Key Resources</source>
        <translation>Sumber Daya Utama</translation>
    </message>
    <message>
        <source>What assets does the value depend on?</source>
        <translation>Aset apa yang menjadi sandaran nilai itu?</translation>
    </message>
    <message>
        <source>Value Propositions</source>
        <translation>Proposisi Nilai</translation>
    </message>
    <message>
        <source>Which problem do we solve, for whom?</source>
        <translation>Masalah apa yang kita selesaikan, untuk siapa?</translation>
    </message>
    <message>
        <source>Customer Relationships</source>
        <translation>Hubungan Pelanggan</translation>
    </message>
    <message>
        <source>How do we get, keep and grow customers?</source>
        <translation>Bagaimana kita mendapatkan, mempertahankan dan menumbuhkan pelanggan?</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>How do we reach and deliver to customers?</source>
        <translation>Bagaimana kita menjangkau dan melayani pelanggan?</translation>
    </message>
    <message>
        <source>Customer Segments</source>
        <translation>Segmen Pelanggan</translation>
    </message>
    <message>
        <source>For whom do we create value?</source>
        <translation>Untuk siapa kita menciptakan nilai?</translation>
    </message>
    <message>
        <source>Cost Structure</source>
        <translation>Struktur Biaya</translation>
    </message>
    <message>
        <source>What are the most important costs?</source>
        <translation>Apa biaya yang paling penting?</translation>
    </message>
    <message>
        <source>Revenue Streams</source>
        <translation>Arus Pendapatan</translation>
    </message>
    <message>
        <source>What will customers pay for, and how?</source>
        <translation>Untuk apa pelanggan mau membayar, dan bagaimana caranya?</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Top three problems; existing alternatives.</source>
        <translation>Tiga masalah teratas; alternatif yang ada.</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solusi</translation>
    </message>
    <message>
        <source>Top three features.</source>
        <translation>Tiga fitur teratas.</translation>
    </message>
    <message>
        <source>Key Metrics</source>
        <translation>Metrik Utama</translation>
    </message>
    <message>
        <source>The numbers that show progress.</source>
        <translation>Angka yang menunjukkan kemajuan.</translation>
    </message>
    <message>
        <source>Unique Value Proposition</source>
        <translation>Proposisi Nilai Unik</translation>
    </message>
    <message>
        <source>Why we are different and worth attention.</source>
        <translation>Mengapa kita berbeda dan layak diperhatikan.</translation>
    </message>
    <message>
        <source>Unfair Advantage</source>
        <translation>Keunggulan Tak Tertandingi</translation>
    </message>
    <message>
        <source>What cannot be copied or bought.</source>
        <translation>Apa yang tidak bisa ditiru atau dibeli.</translation>
    </message>
    <message>
        <source>Paths to customers.</source>
        <translation>Jalur menuju pelanggan.</translation>
    </message>
    <message>
        <source>Target customers; early adopters.</source>
        <translation>Pelanggan sasaran; pengguna awal.</translation>
    </message>
    <message>
        <source>Customer acquisition, distribution, people.</source>
        <translation>Akuisisi pelanggan, distribusi, orang.</translation>
    </message>
    <message>
        <source>Revenue model, lifetime value, margin.</source>
        <translation>Model pendapatan, nilai seumur hidup, margin.</translation>
    </message>
    <message>
        <source>Four actions: Eliminate · Reduce · Raise · Create</source>
        <translation>Empat tindakan: Hilangkan · Kurangi · Tingkatkan · Ciptakan</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Belum diputuskan</translation>
    </message>
    <message>
        <source>%n factor(s)</source>
        <translation>%n faktor</translation>
    </message>
    <message>
        <source>Drag factors here</source>
        <translation>Seret faktor ke sini</translation>
    </message>
    <message>
        <source>ours %1</source>
        <translation>kita %1</translation>
    </message>
    <message>
        <source>Bars: level 0–10 per offering</source>
        <translation>Batang: tingkat 0–10 per penawaran</translation>
    </message>
    <message>
        <source>Strategy canvas</source>
        <translation>Kanvas strategi</translation>
    </message>
    <message>
        <source>Offering level  (0 low · 10 high)</source>
        <translation>Tingkat penawaran  (0 rendah · 10 tinggi)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <source>No factors yet: add the factors your industry competes on.</source>
        <translation>Belum ada faktor: tambahkan faktor yang menjadi ajang persaingan industri Anda.</translation>
    </message>
    <message>
        <source>Where we differ most — %1</source>
        <translation>Perbedaan terbesar kita — %1</translation>
    </message>
</context>
<context>
    <name>CanvasValuesModel</name>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>%1 (ours)</source>
        <translation>%1 (kita)</translation>
    </message>
    <message>
        <source>Eliminate, Reduce, Raise or Create (empty: not decided)</source>
        <translation>Hilangkan, Kurangi, Tingkatkan atau Ciptakan (kosong: belum diputuskan)</translation>
    </message>
    <message>
        <source>%1: level 0 (none) to 10 (best in class) per factor</source>
        <translation>%1: tingkat 0 (tidak ada) sampai 10 (terbaik di kelasnya) per faktor</translation>
    </message>
    <message>
        <source>no action</source>
        <translation>tanpa tindakan</translation>
    </message>
</context>
<context>
    <name>CanvasWorkspace</name>
    <message>
        <source>Canvas</source>
        <translation>Kanvas</translation>
    </message>
    <message>
        <source>Add factor</source>
        <translation>Tambah faktor</translation>
    </message>
    <message>
        <source>Add offering</source>
        <translation>Tambah penawaran</translation>
    </message>
    <message>
        <source>◀ Move left</source>
        <translation>◀ Geser kiri</translation>
    </message>
    <message>
        <source>Move the selected factor left on the axis (Alt+Left)</source>
        <translation>Geser faktor terpilih ke kiri pada sumbu (Alt+Kiri)</translation>
    </message>
    <message>
        <source>Move right ▶</source>
        <translation>Geser kanan ▶</translation>
    </message>
    <message>
        <source>Move the selected factor right on the axis (Alt+Right)</source>
        <translation>Geser faktor terpilih ke kanan pada sumbu (Alt+Kanan)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>This view as PNG / PDF / SVG…</source>
        <translation>Tampilan ini sebagai PNG / PDF / SVG…</translation>
    </message>
    <message>
        <source>Levels as tab-separated text to the clipboard</source>
        <translation>Tingkat sebagai teks dipisah tab ke papan klip</translation>
    </message>
    <message>
        <source>Strategy canvas</source>
        <translation>Kanvas strategi</translation>
    </message>
    <message>
        <source>What does the industry compete on?</source>
        <translation>Industri ini bersaing dalam hal apa?</translation>
    </message>
    <message>
        <source>Competitor or alternative:</source>
        <translation>Pesaing atau alternatif:</translation>
    </message>
    <message>
        <source>Paste note</source>
        <translation>Tempel catatan</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n note(s)</source>
        <translation>
            <numerusform>Tempel %n catatan</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the canvas</source>
        <translation>Ekspor kanvas</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)</source>
        <translation>Gambar PNG (*.png);;Dokumen PDF (*.pdf);;Gambar SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Revenue vs cost</source>
        <translation>Pendapatan vs biaya</translation>
    </message>
    <message>
        <source>The P&amp;L has no periods.</source>
        <translation>Laba rugi belum punya periode.</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Pendapatan</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Cumulative cash</source>
        <translation>Kas kumulatif</translation>
    </message>
    <message>
        <source>operating break-even</source>
        <translation>titik impas operasional</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>Insert column</source>
        <translation>Sisipkan kolom</translation>
    </message>
    <message>
        <source>Type to find a field</source>
        <translation>Ketik untuk mencari bidang</translation>
    </message>
    <message>
        <source>%1 (calculated)</source>
        <translation>%1 (dihitung)</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>pmdesk: product and project planning over one .pmdb file.</source>
        <translation>pmdesk: perencanaan produk dan proyek dalam satu berkas .pmdb.</translation>
    </message>
    <message>
        <source>commands (pmdesk COMMAND --help for each):</source>
        <translation>perintah (pmdesk PERINTAH --help untuk masing-masing):</translation>
    </message>
    <message>
        <source>a .pmdb plan to open (or a .xml, .gan, .csv, .mpp, .mpx, .xer... to import, or a server plan: postgresql://user@host/db?plan=NAME)</source>
        <translation>rencana .pmdb yang dibuka (atau .xml, .gan, .csv, .mpp, .mpx, .xer... untuk diimpor, atau rencana di server: postgresql://user@host/db?plan=NAME)</translation>
    </message>
    <message>
        <source>open a fresh copy of the demo plan</source>
        <translation>buka salinan baru rencana demo</translation>
    </message>
    <message>
        <source>the interface language: en (English) or id (Bahasa Indonesia); default: View &gt; Language, else the system&apos;s</source>
        <translation>bahasa antarmuka: en (English) atau id (Bahasa Indonesia); bawaan: Tampilan &gt; Bahasa, selain itu bahasa sistem</translation>
    </message>
    <message>
        <source>check this installation headless (demo plan, schedule, views, PDF, MS Project XML, save): one line per check, exit 0 when all pass</source>
        <translation>periksa instalasi ini tanpa jendela (rencana demo, jadwal, tampilan, PDF, XML MS Project, simpan): satu baris per pemeriksaan, keluar 0 bila semua lolos</translation>
    </message>
    <message>
        <source>check that FILE is a sound pmdesk plan (exit 0), else say why (exit 1)</source>
        <translation>periksa bahwa FILE adalah rencana pmdesk yang utuh (keluar 0), jika tidak sebutkan alasannya (keluar 1)</translation>
    </message>
    <message>
        <source>the .pmdb file to check</source>
        <translation>berkas .pmdb yang diperiksa</translation>
    </message>
    <message>
        <source>print nothing when it is sound</source>
        <translation>tidak mencetak apa pun bila utuh</translation>
    </message>
    <message>
        <source>write the demo plan (a product launch with roadmap, canvas, P&amp;L and ~60 tasks) to FILE</source>
        <translation>tulis rencana demo (peluncuran produk dengan peta jalan, kanvas, laba rugi dan ~60 tugas) ke FILE</translation>
    </message>
    <message>
        <source>the .pmdb file to write</source>
        <translation>berkas .pmdb yang ditulis</translation>
    </message>
    <message>
        <source>Wrote the demo plan to %1.</source>
        <translation>Rencana demo ditulis ke %1.</translation>
    </message>
    <message>
        <source>en: the English plan in EUR; id: the Indonesian plan in IDR (default: PMDESK_LANG, else en)</source>
        <translation>en: rencana berbahasa Inggris dalam EUR; id: rencana berbahasa Indonesia dalam IDR (bawaan: PMDESK_LANG, selain itu en)</translation>
    </message>
    <message>
        <source>the .pmdb plan to read</source>
        <translation>rencana .pmdb yang dibaca</translation>
    </message>
    <message>
        <source>export a .pmdb plan to MS Project XML (.xml), GanttProject (.gan), CSV or XLSX, or with the formats extra to .mpx, Primavera .xer or PMXML (.pmxml), Planner (.planner)</source>
        <translation>ekspor rencana .pmdb ke XML MS Project (.xml), GanttProject (.gan), CSV atau XLSX, atau dengan tambahan formats ke .mpx, Primavera .xer atau PMXML (.pmxml), Planner (.planner)</translation>
    </message>
    <message>
        <source>DEST.xml, .gan, .csv, .xlsx, .mpx, .xer, .pmxml or .planner</source>
        <translation>DEST.xml, .gan, .csv, .xlsx, .mpx, .xer, .pmxml atau .planner</translation>
    </message>
    <message>
        <source>pmdesk cannot export to %1; use one of %2.</source>
        <translation>pmdesk tidak dapat mengekspor ke %1; pakai salah satu dari %2.</translation>
    </message>
    <message>
        <source>a file without an extension</source>
        <translation>berkas tanpa ekstensi</translation>
    </message>
    <message>
        <source>Exported %1 to %2: %3 tasks.</source>
        <translation>%1 diekspor ke %2: %3 tugas.</translation>
    </message>
    <message>
        <source>replace %1 if it exists</source>
        <translation>ganti %1 bila sudah ada</translation>
    </message>
    <message>
        <source>do not print the warnings</source>
        <translation>jangan cetak peringatan</translation>
    </message>
    <message>
        <source>Warnings (%1):</source>
        <translation>Peringatan (%1):</translation>
    </message>
    <message>
        <source>import an MS Project XML (.xml), GanttProject (.gan) or CSV plan, or with the formats extra a .mpp, .mpx, .xer, P6 XML, Planner... file, into a new .pmdb file</source>
        <translation>impor rencana XML MS Project (.xml), GanttProject (.gan) atau CSV, atau dengan tambahan formats berkas .mpp, .mpx, .xer, P6 XML, Planner..., ke berkas .pmdb baru</translation>
    </message>
    <message>
        <source>the .xml, .gan, .csv, .mpp, .mpx, .xer... file to read</source>
        <translation>berkas .xml, .gan, .csv, .mpp, .mpx, .xer... yang dibaca</translation>
    </message>
    <message>
        <source>the .pmdb to write</source>
        <translation>berkas .pmdb yang ditulis</translation>
    </message>
    <message>
        <source>%1 should end in .pmdb; pmdesk imports into its own format.</source>
        <translation>%1 harus berakhiran .pmdb; pmdesk mengimpor ke formatnya sendiri.</translation>
    </message>
    <message>
        <source>Imported %1 into %2: %3 tasks, %4 links, %5 resources, %6 assignments, %7 calendars, %8 baselines.</source>
        <translation>%1 diimpor ke %2: %3 tugas, %4 tautan, %5 sumber daya, %6 penugasan, %7 kalender, %8 garis dasar.</translation>
    </message>
    <message>
        <source>show a plan file&apos;s name, format version, the pmdesk that wrote it and what it holds</source>
        <translation>tampilkan nama berkas rencana, versi format, pmdesk yang menulisnya dan isinya</translation>
    </message>
    <message>
        <source>the .pmdb file to describe</source>
        <translation>berkas .pmdb yang dijelaskan</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>cetak satu objek JSON</translation>
    </message>
    <message>
        <source>create a new, empty .pmdb plan FILE</source>
        <translation>buat rencana .pmdb FILE baru yang kosong</translation>
    </message>
    <message>
        <source>the .pmdb file to create</source>
        <translation>berkas .pmdb yang dibuat</translation>
    </message>
    <message>
        <source>the plan&apos;s name (default: the file name)</source>
        <translation>nama rencana (bawaan: nama berkas)</translation>
    </message>
    <message>
        <source>schedule from this start date, YYYY-MM-DD (default: the next working day)</source>
        <translation>jadwalkan dari tanggal mulai ini, YYYY-MM-DD (bawaan: hari kerja berikutnya)</translation>
    </message>
    <message>
        <source>schedule backwards from this finish date, YYYY-MM-DD</source>
        <translation>jadwalkan mundur dari tanggal selesai ini, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>ISO 4217 currency code of costs and the P&amp;L (default: EUR)</source>
        <translation>kode mata uang ISO 4217 untuk biaya dan laba rugi (bawaan: EUR)</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 dibuat.</translation>
    </message>
    <message>
        <source>print the P&amp;L of FILE by period (one scenario) with NPV, IRR, break-even and payback</source>
        <translation>cetak laba rugi FILE per periode (satu skenario) dengan NPV, IRR, titik impas dan periode pengembalian</translation>
    </message>
    <message>
        <source>the scenario to compute (default: the first one)</source>
        <translation>skenario yang dihitung (bawaan: yang pertama)</translation>
    </message>
    <message>
        <source>print the sheet and KPIs as JSON</source>
        <translation>cetak lembar dan KPI sebagai JSON</translation>
    </message>
    <message>
        <source>print a view of a plan to PDF, SVG or PNG pages (tiled, with header, footer and legend)</source>
        <translation>cetak tampilan rencana ke halaman PDF, SVG atau PNG (berpetak, dengan kepala, kaki dan legenda)</translation>
    </message>
    <message>
        <source>the .pmdb plan to print</source>
        <translation>rencana .pmdb yang dicetak</translation>
    </message>
    <message>
        <source>print a fresh copy of the demo plan</source>
        <translation>cetak salinan baru rencana demo</translation>
    </message>
    <message>
        <source>OUT.pdf, OUT.svg or OUT.png (SVG and PNG: one file per page, OUT-2.png and so on)</source>
        <translation>OUT.pdf, OUT.svg atau OUT.png (SVG dan PNG: satu berkas per halaman, OUT-2.png dan seterusnya)</translation>
    </message>
    <message>
        <source>one of %1 (default gantt)</source>
        <translation>salah satu dari %1 (bawaan gantt)</translation>
    </message>
    <message>
        <source>one of %1 (default: the view&apos;s page setup)</source>
        <translation>salah satu dari %1 (bawaan: pengaturan halaman tampilan)</translation>
    </message>
    <message>
        <source>landscape pages</source>
        <translation>halaman lanskap</translation>
    </message>
    <message>
        <source>portrait pages</source>
        <translation>halaman potret</translation>
    </message>
    <message>
        <source>fit the width to N pages across</source>
        <translation>muatkan lebar ke N halaman mendatar</translation>
    </message>
    <message>
        <source>and the height to at most M pages down</source>
        <translation>dan tinggi ke paling banyak M halaman menurun</translation>
    </message>
    <message>
        <source>first date of the timescale (YYYY-MM-DD)</source>
        <translation>tanggal pertama skala waktu (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>last date of the timescale (YYYY-MM-DD)</source>
        <translation>tanggal terakhir skala waktu (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>a fixed timescale instead of fitting: days, weeks, months or quarters</source>
        <translation>skala waktu tetap alih-alih menyesuaikan: days, weeks, months atau quarters</translation>
    </message>
    <message>
        <source>Gantt table columns, e.g. id,name,duration,start,finish</source>
        <translation>kolom tabel Gantt, mis. id,name,duration,start,finish</translation>
    </message>
    <message>
        <source>resolution (default 1200 for PDF, 150 for PNG)</source>
        <translation>resolusi (bawaan 1200 untuk PDF, 150 untuk PNG)</translation>
    </message>
    <message>
        <source>Gantt: the tasks&apos; notes on pages after the chart</source>
        <translation>Gantt: catatan tugas di halaman setelah bagan</translation>
    </message>
    <message>
        <source>write the status report of FILE (finish vs baseline, milestones, earned value, S-curve) to PDF or HTML</source>
        <translation>tulis laporan status FILE (selesai vs baseline, tonggak, nilai hasil, kurva S) ke PDF atau HTML</translation>
    </message>
    <message>
        <source>the .pmdb plan to report on</source>
        <translation>rencana .pmdb yang dilaporkan</translation>
    </message>
    <message>
        <source>report.pdf or report.html</source>
        <translation>report.pdf atau report.html</translation>
    </message>
    <message>
        <source>report at DATE (YYYY-MM-DD; default: the plan&apos;s status date, else now)</source>
        <translation>laporkan pada DATE (YYYY-MM-DD; bawaan: tanggal status rencana, selain itu sekarang)</translation>
    </message>
    <message>
        <source>compare with baseline N (0-10, default 0)</source>
        <translation>bandingkan dengan baseline N (0-10, bawaan 0)</translation>
    </message>
    <message>
        <source>simulate FILE&apos;s schedule risk: P10/P50/P80/P95 dates, on-time chances, drivers</source>
        <translation>simulasikan risiko jadwal FILE: tanggal P10/P50/P80/P95, peluang tepat waktu, pendorong</translation>
    </message>
    <message>
        <source>how many schedules to simulate (1-100,000; default 1,000)</source>
        <translation>berapa jadwal yang disimulasikan (1-100.000; bawaan 1.000)</translation>
    </message>
    <message>
        <source>seed of the random numbers: the same seed gives the same result</source>
        <translation>benih bilangan acak: benih yang sama memberi hasil yang sama</translation>
    </message>
    <message>
        <source>print the results as JSON</source>
        <translation>cetak hasil sebagai JSON</translation>
    </message>
    <message>
        <source>list the roadmap items of FILE with scores, target dates and delivery forecasts</source>
        <translation>daftar item peta jalan FILE dengan skor, tanggal target dan prakiraan penyerahan</translation>
    </message>
    <message>
        <source>print the items as JSON</source>
        <translation>cetak item sebagai JSON</translation>
    </message>
    <message>
        <source>recalculate the schedule of FILE and print dates, float and the critical path</source>
        <translation>hitung ulang jadwal FILE dan cetak tanggal, float dan jalur kritis</translation>
    </message>
    <message>
        <source>the .pmdb plan to schedule</source>
        <translation>rencana .pmdb yang dijadwalkan</translation>
    </message>
    <message>
        <source>print the schedule as JSON</source>
        <translation>cetak jadwal sebagai JSON</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>Project: %1 - %2</source>
        <translation>Proyek: %1 - %2</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Konflik: %1</translation>
    </message>
    <message>
        <source>save a PNG of the main window showing one view of a plan (offscreen)</source>
        <translation>simpan PNG jendela utama yang menampilkan satu tampilan rencana (di luar layar)</translation>
    </message>
    <message>
        <source>the .pmdb plan to show</source>
        <translation>rencana .pmdb yang ditampilkan</translation>
    </message>
    <message>
        <source>use a fresh copy of the demo plan</source>
        <translation>pakai salinan baru rencana demo</translation>
    </message>
    <message>
        <source>the tab to show</source>
        <translation>tab yang ditampilkan</translation>
    </message>
    <message>
        <source>a mode of the view, e.g. timeline, table or chart for the roadmap</source>
        <translation>mode tampilan, mis. timeline, table atau chart untuk peta jalan</translation>
    </message>
    <message>
        <source>the PNG file to write</source>
        <translation>berkas PNG yang ditulis</translation>
    </message>
    <message>
        <source>window size WIDTHxHEIGHT (default 1440x900)</source>
        <translation>ukuran jendela LEBARxTINGGI (bawaan 1440x900)</translation>
    </message>
    <message>
        <source>the colours: the system&apos;s (default) or a dark desktop theme&apos;s</source>
        <translation>warna: warna sistem (bawaan) atau tema desktop gelap</translation>
    </message>
    <message>
        <source>print the earned value (PV, EV, AC, SPI, CPI ...) of FILE at its status date and the late tasks</source>
        <translation>cetak nilai hasil (PV, EV, AC, SPI, CPI ...) FILE pada tanggal statusnya dan tugas yang terlambat</translation>
    </message>
    <message>
        <source>print the figures as JSON</source>
        <translation>cetak angka sebagai JSON</translation>
    </message>
    <message>
        <source>measure at DATE (YYYY-MM-DD; default: the plan&apos;s status date, else now)</source>
        <translation>ukur pada DATE (YYYY-MM-DD; bawaan: tanggal status rencana, selain itu sekarang)</translation>
    </message>
    <message>
        <source>let a PostgreSQL role read or edit one plan on a server (run as the tables&apos; owner)</source>
        <translation>izinkan peran PostgreSQL membaca atau menyunting satu rencana di server (jalankan sebagai pemilik tabel)</translation>
    </message>
    <message>
        <source>postgresql://admin@host[:port]/database</source>
        <translation>postgresql://admin@host[:port]/basisdata</translation>
    </message>
    <message>
        <source>the plan (or ?plan=NAME in the URL)</source>
        <translation>rencananya (atau ?plan=NAMA di URL)</translation>
    </message>
    <message>
        <source>an existing PostgreSQL role (a person, or a group role)</source>
        <translation>peran PostgreSQL yang sudah ada (seseorang, atau peran grup)</translation>
    </message>
    <message>
        <source>may open the plan but not change it</source>
        <translation>boleh membuka rencana tetapi tidak mengubahnya</translation>
    </message>
    <message>
        <source>%1 may now read the plan.</source>
        <translation>%1 kini boleh membaca rencana.</translation>
    </message>
    <message>
        <source>%1 may now read and edit the plan.</source>
        <translation>%1 kini boleh membaca dan menyunting rencana.</translation>
    </message>
    <message>
        <source>level the resources of FILE (or clear leveling) and print what moved</source>
        <translation>ratakan sumber daya FILE (atau hapus perataan) dan cetak apa yang berpindah</translation>
    </message>
    <message>
        <source>the .pmdb plan to level</source>
        <translation>rencana .pmdb yang diratakan</translation>
    </message>
    <message>
        <source>save the leveled plan there (default: save FILE in place)</source>
        <translation>simpan rencana yang sudah diratakan di sana (bawaan: simpan FILE di tempatnya)</translation>
    </message>
    <message>
        <source>leveling order: ID Only, Standard (default) or Priority, Standard</source>
        <translation>urutan perataan: Hanya ID, Standar (bawaan) atau Prioritas, Standar</translation>
    </message>
    <message>
        <source>level only from this date (YYYY-MM-DD; give --to too)</source>
        <translation>ratakan hanya sejak tanggal ini (YYYY-MM-DD; beri --to juga)</translation>
    </message>
    <message>
        <source>level only until this date (YYYY-MM-DD)</source>
        <translation>ratakan hanya sampai tanggal ini (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>delay tasks only within their slack (the finish does not move)</source>
        <translation>tunda tugas hanya dalam kelonggarannya (tanggal selesai tidak bergeser)</translation>
    </message>
    <message>
        <source>leveling can create splits in remaining work</source>
        <translation>perataan boleh memecah sisa pekerjaan</translation>
    </message>
    <message>
        <source>keep each task&apos;s resources together (no delay of one assignment)</source>
        <translation>biarkan sumber daya tiap tugas bersama (tanpa menunda satu penugasan saja)</translation>
    </message>
    <message>
        <source>keep earlier leveling delays instead of clearing them first</source>
        <translation>pertahankan penundaan perataan sebelumnya alih-alih menghapusnya dulu</translation>
    </message>
    <message>
        <source>clear leveling (every leveling delay back to zero) instead</source>
        <translation>sebagai gantinya hapus perataan (setiap penundaan perataan kembali ke nol)</translation>
    </message>
    <message>
        <source>%1 %2 is not a date; write it as YYYY-MM-DD.</source>
        <translation>%1 %2 bukan tanggal; tulis sebagai YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1 should end in .pmdb; pmdesk saves plans in its own format.</source>
        <translation>%1 harus berakhiran .pmdb; pmdesk menyimpan rencana dalam formatnya sendiri.</translation>
    </message>
    <message>
        <source>--clear removes leveling; it takes no leveling options.</source>
        <translation>--clear menghapus perataan; opsi perataan tidak berlaku dengannya.</translation>
    </message>
    <message>
        <source>%1 is read-only.</source>
        <translation>%1 hanya-baca.</translation>
    </message>
    <message>
        <source>Leveling cleared: %n leveling delay(s) removed.</source>
        <translation>Perataan dihapus: %n penundaan perataan dihilangkan.</translation>
    </message>
    <message>
        <source>There is no leveling to clear.</source>
        <translation>Tidak ada perataan untuk dihapus.</translation>
    </message>
    <message>
        <source> (leveling delay %1)</source>
        <translation> (penundaan perataan %1)</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>tugas %1</translation>
    </message>
    <message>
        <source>%n task(s) moved.</source>
        <translation>%n tugas berpindah.</translation>
    </message>
    <message>
        <source>add the public holidays of a country (ISO code, e.g. ID, US:CA, DE:BY) from the year before the plan&apos;s start to %1 years after it to its calendar</source>
        <translation>tambahkan hari libur nasional suatu negara (kode ISO, mis. ID, US:CA, DE:BY) dari setahun sebelum awal rencana sampai %1 tahun sesudahnya ke kalendernya</translation>
    </message>
    <message>
        <source>The new plan has no default calendar to add holidays to.</source>
        <translation>Rencana baru tidak punya kalender bawaan untuk ditambahi hari libur.</translation>
    </message>
    <message>
        <source>the plans on a server (finish, slip, NPV) and the people they share, over-allocation</source>
        <translation>rencana di server (selesai, pergeseran, NPV) dan orang yang dipakai bersama, kelebihan alokasi</translation>
    </message>
    <message>
        <source>postgresql://user@host[:port]/database</source>
        <translation>postgresql://pengguna@host[:port]/basisdata</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>cetak JSON</translation>
    </message>
    <message>
        <source>The server has no plans (that you may see).</source>
        <translation>Server tidak punya rencana (yang boleh Anda lihat).</translation>
    </message>
    <message>
        <source>%1: %2 tasks, finish %3</source>
        <translation>%1: %2 tugas, selesai %3</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>belum dijadwalkan</translation>
    </message>
    <message>
        <source>, slip %1</source>
        <translation>, bergeser %1</translation>
    </message>
    <message>
        <source>, NPV %1</source>
        <translation>, NPV %1</translation>
    </message>
    <message>
        <source>Shared resources:</source>
        <translation>Sumber daya bersama:</translation>
    </message>
    <message>
        <source>over-allocated on %1 days from %2</source>
        <translation>kelebihan alokasi pada %1 hari sejak %2</translation>
    </message>
    <message>
        <source>never over-allocated</source>
        <translation>tidak pernah kelebihan alokasi</translation>
    </message>
    <message>
        <source>peak %1</source>
        <translation>puncak %1</translation>
    </message>
    <message>
        <source>copy a plan from a PostgreSQL server to a .pmdb file (or list the plans: --list)</source>
        <translation>salin rencana dari server PostgreSQL ke berkas .pmdb (atau daftar rencananya: --list)</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>berkas yang ditulis</translation>
    </message>
    <message>
        <source>list the server&apos;s plans instead</source>
        <translation>sebagai gantinya daftar rencana di server</translation>
    </message>
    <message>
        <source>take the plan offline: the file remembers the server and the plan as it was, so that `pmdesk sync FILE` merges it back later</source>
        <translation>bawa rencana offline: berkas mengingat server dan rencana seperti saat itu, agar `pmdesk sync FILE` menggabungkannya kembali nanti</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>%1 perubahan</translation>
    </message>
    <message>
        <source>Say where to write the plan: -o FILE.pmdb.</source>
        <translation>Sebutkan ke mana rencana ditulis: -o FILE.pmdb.</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name or add --force.</source>
        <translation>%1 sudah ada; pilih nama lain atau tambahkan --force.</translation>
    </message>
    <message>
        <source>Took plan %1 offline to %2: %3 tasks.</source>
        <translation>Rencana %1 dibawa offline ke %2: %3 tugas.</translation>
    </message>
    <message>
        <source>Pulled plan %1 to %2: %3 tasks.</source>
        <translation>Rencana %1 ditarik ke %2: %3 tugas.</translation>
    </message>
    <message>
        <source>copy a .pmdb plan to a PostgreSQL server (postgresql://user@host/db) as a team plan</source>
        <translation>salin rencana .pmdb ke server PostgreSQL (postgresql://pengguna@host/db) sebagai rencana tim</translation>
    </message>
    <message>
        <source>the .pmdb plan to copy up</source>
        <translation>rencana .pmdb yang diunggah</translation>
    </message>
    <message>
        <source>postgresql://user@host[:port]/database[?plan=NAME&amp;sslmode=...]</source>
        <translation>postgresql://pengguna@host[:port]/basisdata[?plan=NAMA&amp;sslmode=...]</translation>
    </message>
    <message>
        <source>the plan&apos;s name on the server (default: the URL&apos;s plan=, else the plan&apos;s own name)</source>
        <translation>nama rencana di server (bawaan: plan= di URL, selain itu nama rencana itu sendiri)</translation>
    </message>
    <message>
        <source>replace the server&apos;s plan of that name</source>
        <translation>ganti rencana bernama itu di server</translation>
    </message>
    <message>
        <source>Pushed %1 to %2 as plan %3: %4 tasks.</source>
        <translation>%1 diunggah ke %2 sebagai rencana %3: %4 tugas.</translation>
    </message>
    <message>
        <source>merge an offline copy (pull --offline) back with its server plan, both ways</source>
        <translation>gabungkan salinan offline (pull --offline) kembali dengan rencana servernya, ke dua arah</translation>
    </message>
    <message>
        <source>the offline .pmdb copy</source>
        <translation>salinan .pmdb offline</translation>
    </message>
    <message>
        <source>keep this file&apos;s value of a conflict (KEY as listed: task:12:name)</source>
        <translation>pertahankan nilai berkas ini untuk suatu konflik (KUNCI seperti tercantum: task:12:name)</translation>
    </message>
    <message>
        <source>take the server&apos;s value of a conflict</source>
        <translation>ambil nilai server untuk suatu konflik</translation>
    </message>
    <message>
        <source>decide every conflict not named otherwise</source>
        <translation>putuskan setiap konflik yang tidak disebut secara lain</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(dihapus)</translation>
    </message>
    <message>
        <source>%1 conflicts; nothing was written. Decide each with --mine KEY or --theirs KEY (or --all mine|theirs):</source>
        <translation>%1 konflik; tidak ada yang ditulis. Putuskan masing-masing dengan --mine KUNCI atau --theirs KUNCI (atau --all mine|theirs):</translation>
    </message>
    <message>
        <source>%1: mine %2, theirs %3 (was %4)</source>
        <translation>%1: milik saya %2, milik mereka %3 (semula %4)</translation>
    </message>
    <message>
        <source>Synced %1 with its server plan: %2 conflicts decided; the file and the server now hold the same plan.</source>
        <translation>%1 disinkronkan dengan rencana servernya: %2 konflik diputuskan; berkas dan server kini memuat rencana yang sama.</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>Close the conflicts panel</source>
        <translation>Tutup panel konflik</translation>
    </message>
    <message>
        <source>1 conflict: choose it to go to its task</source>
        <translation>1 konflik: pilih untuk membuka tugasnya</translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts: choose one to go to its task</source>
        <translation>
            <numerusform>%n konflik: pilih salah satu untuk membuka tugasnya</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts</source>
        <translation>Tidak ada konflik</translation>
    </message>
</context>
<context>
    <name>ConversionRunner</name>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Starting Java for MPXJ...</source>
        <translation>Menjalankan Java untuk MPXJ...</translation>
    </message>
    <message>
        <source>Preparing %1...</source>
        <translation>Menyiapkan %1...</translation>
    </message>
    <message>
        <source>Reading %1 with MPXJ...</source>
        <translation>Membaca %1 dengan MPXJ...</translation>
    </message>
    <message>
        <source>Writing %1...</source>
        <translation>Menulis %1...</translation>
    </message>
    <message>
        <source>Converting %1...</source>
        <translation>Mengonversi %1...</translation>
    </message>
    <message>
        <source>Importing %1...</source>
        <translation>Mengimpor %1...</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Membatalkan...</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Pilih tanggal</translation>
    </message>
</context>
<context>
    <name>DetailsSwitch</name>
    <message>
        <source>Work</source>
        <translation>Kerja</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Show work or cost per period</source>
        <translation>Tampilkan kerja atau biaya per periode</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Rincian:</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing?</source>
        <translation>Simpan perubahan pada “%1” sebelum menutup?</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>waktu yang tidak diketahui</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>seseorang</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>komputer lain</translation>
    </message>
    <message>
        <source>This plan is opened by %1 on %2 since %3.</source>
        <translation>Rencana ini dibuka oleh %1 di %2 sejak %3.</translation>
    </message>
    <message>
        <source>Plan in use</source>
        <translation>Rencana sedang dipakai</translation>
    </message>
    <message>
        <source>Open it read-only, open a copy of it, or open it anyway (their changes or yours may be lost).</source>
        <translation>Buka hanya-baca, buka salinannya, atau tetap buka (perubahan mereka atau Anda bisa hilang).</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Buka Hanya-Baca</translation>
    </message>
    <message>
        <source>Open a Copy</source>
        <translation>Buka Salinan</translation>
    </message>
    <message>
        <source>Open Anyway</source>
        <translation>Tetap Buka</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Berkas berubah di disk</translation>
    </message>
    <message>
        <source>Another program saved %1 after you opened it.</source>
        <translation>Program lain menyimpan %1 setelah Anda membukanya.</translation>
    </message>
    <message>
        <source>Reload it (your unsaved changes are lost), save your plan as a copy, or overwrite their version with yours.</source>
        <translation>Muat ulang (perubahan Anda yang belum disimpan hilang), simpan rencana Anda sebagai salinan, atau timpa versi mereka dengan versi Anda.</translation>
    </message>
    <message>
        <source>Save as Copy...</source>
        <translation>Simpan sebagai Salinan...</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Muat Ulang</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Timpa</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Pulihkan pekerjaan yang belum disimpan</translation>
    </message>
    <message>
        <source>pmdesk did not close normally; unsaved work was kept: %1.</source>
        <translation>pmdesk tidak ditutup dengan normal; pekerjaan yang belum disimpan dipertahankan: %1.</translation>
    </message>
    <message>
        <source>Recover it to look at it and save it, or discard it.</source>
        <translation>Pulihkan untuk melihat dan menyimpannya, atau buang.</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Nanti</translation>
    </message>
    <message>
        <source>About pmdesk</source>
        <translation>Tentang pmdesk</translation>
    </message>
    <message>
        <source>pmdesk: product and project planning over one .pmdb file.</source>
        <translation>pmdesk: perencanaan produk dan proyek dalam satu berkas .pmdb.</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <source>%1 m</source>
        <translation>%1 mnt</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 jam</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 hari</translation>
    </message>
    <message>
        <source>%1 w</source>
        <translation>%1 mgg</translation>
    </message>
    <message>
        <source>%1 mo</source>
        <translation>%1 bln</translation>
    </message>
    <message>
        <source>%1 em</source>
        <translation>%1 emnt</translation>
    </message>
    <message>
        <source>%1 eh</source>
        <translation>%1 ejam</translation>
    </message>
    <message>
        <source>%1 ed</source>
        <translation>%1 ehari</translation>
    </message>
    <message>
        <source>%1 ew</source>
        <translation>%1 emgg</translation>
    </message>
    <message>
        <source>%1 emo</source>
        <translation>%1 ebln</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 menit</translation>
    </message>
    <message>
        <source>%1 mins</source>
        <translation>%1 menit</translation>
    </message>
    <message>
        <source>%1 hr</source>
        <translation>%1 jam</translation>
    </message>
    <message>
        <source>%1 hrs</source>
        <translation>%1 jam</translation>
    </message>
    <message>
        <source>%1 day</source>
        <translation>%1 hari</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 hari</translation>
    </message>
    <message>
        <source>%1 wk</source>
        <translation>%1 minggu</translation>
    </message>
    <message>
        <source>%1 wks</source>
        <translation>%1 minggu</translation>
    </message>
    <message>
        <source>%1 mon</source>
        <translation>%1 bulan</translation>
    </message>
    <message>
        <source>%1 mons</source>
        <translation>%1 bulan</translation>
    </message>
    <message>
        <source>%1 emin</source>
        <translation>%1 emenit</translation>
    </message>
    <message>
        <source>%1 emins</source>
        <translation>%1 emenit</translation>
    </message>
    <message>
        <source>%1 ehr</source>
        <translation>%1 ejam</translation>
    </message>
    <message>
        <source>%1 ehrs</source>
        <translation>%1 ejam</translation>
    </message>
    <message>
        <source>%1 eday</source>
        <translation>%1 ehari</translation>
    </message>
    <message>
        <source>%1 edays</source>
        <translation>%1 ehari</translation>
    </message>
    <message>
        <source>%1 ewk</source>
        <translation>%1 eminggu</translation>
    </message>
    <message>
        <source>%1 ewks</source>
        <translation>%1 eminggu</translation>
    </message>
    <message>
        <source>%1 emon</source>
        <translation>%1 ebulan</translation>
    </message>
    <message>
        <source>%1 emons</source>
        <translation>%1 ebulan</translation>
    </message>
    <message>
        <source>%1h</source>
        <translation>%1j</translation>
    </message>
</context>
<context>
    <name>ErrcView</name>
    <message>
        <source>Not decided</source>
        <translation>Belum diputuskan</translation>
    </message>
</context>
<context>
    <name>EstimateTab</name>
    <message>
        <source>Optimistic</source>
        <translation>Optimistis</translation>
    </message>
    <message>
        <source>Most likely</source>
        <translation>Paling mungkin</translation>
    </message>
    <message>
        <source>Pessimistic</source>
        <translation>Pesimistis</translation>
    </message>
    <message>
        <source>planned: %1</source>
        <translation>rencana: %1</translation>
    </message>
    <message>
        <source>Triangular</source>
        <translation>Segitiga</translation>
    </message>
    <message>
        <source>PERT (beta)</source>
        <translation>PERT (beta)</translation>
    </message>
    <message>
        <source>Uniform</source>
        <translation>Seragam</translation>
    </message>
    <message>
        <source>Fixed (no variation)</source>
        <translation>Tetap (tanpa variasi)</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribusi</translation>
    </message>
    <message>
        <source>Used by the Risk view&apos;s simulation. Leave a field empty to use the planned duration.</source>
        <translation>Dipakai oleh simulasi di tampilan Risiko. Kosongkan isian untuk memakai durasi rencana.</translation>
    </message>
</context>
<context>
    <name>ExceptionDialog</name>
    <message>
        <source>Exception details</source>
        <translation>Rincian pengecualian</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Mulai:</translation>
    </message>
    <message>
        <source>&amp;Finish:</source>
        <translation>&amp;Selesai:</translation>
    </message>
    <message>
        <source>N&amp;on-working</source>
        <translation>&amp;Libur</translation>
    </message>
    <message>
        <source>&amp;Working times:</source>
        <translation>&amp;Jam kerja:</translation>
    </message>
    <message>
        <source>Working times</source>
        <translation>Jam kerja</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Jam:</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Pengulangan</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Tidak berulang</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Harian</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Mingguan</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Bulanan</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Tahunan</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>&amp;Berulang:</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Setiap:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Pada:</translation>
    </message>
    <message>
        <source>In:</source>
        <translation>Bulan:</translation>
    </message>
    <message>
        <source>On &amp;day</source>
        <translation>Pada &amp;tanggal</translation>
    </message>
    <message>
        <source>On the</source>
        <translation>Pada</translation>
    </message>
    <message>
        <source>first</source>
        <translation>pertama</translation>
    </message>
    <message>
        <source>second</source>
        <translation>kedua</translation>
    </message>
    <message>
        <source>third</source>
        <translation>ketiga</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>keempat</translation>
    </message>
    <message>
        <source>last</source>
        <translation>terakhir</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Hari:</translation>
    </message>
    <message>
        <source>End &amp;by</source>
        <translation>Berakhir pa&amp;da</translation>
    </message>
    <message>
        <source>End &amp;after</source>
        <translation>Berakhir s&amp;etelah</translation>
    </message>
    <message>
        <source> occurrences</source>
        <translation> kali</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Berakhir:</translation>
    </message>
    <message>
        <source> day(s)</source>
        <translation> hari</translation>
    </message>
    <message>
        <source> week(s)</source>
        <translation> minggu</translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation> bulan</translation>
    </message>
</context>
<context>
    <name>ExceptionTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Working time</source>
        <translation>Waktu kerja</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Berulang</translation>
    </message>
    <message>
        <source>Non-working</source>
        <translation>Libur</translation>
    </message>
</context>
<context>
    <name>ExecutiveTimeline</name>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>Tanggal status</translation>
    </message>
</context>
<context>
    <name>ExecutiveWorkspace</name>
    <message>
        <source>Executive timeline</source>
        <translation>Lini masa eksekutif</translation>
    </message>
    <message>
        <source>Copy as image</source>
        <translation>Salin sebagai gambar</translation>
    </message>
    <message>
        <source>Copy the timeline as a 16:9 picture, to paste into a slide</source>
        <translation>Salin lini masa sebagai gambar 16:9 untuk ditempel ke salindia</translation>
    </message>
    <message>
        <source>Export PNG / PDF / SVG…</source>
        <translation>Ekspor PNG / PDF / SVG…</translation>
    </message>
    <message>
        <source>Milestones and top-level summary tasks; choose others with “Show on timeline” in the task&apos;s information.</source>
        <translation>Tonggak dan tugas ringkasan tingkat atas; pilih tugas lain dengan “Tampilkan di lini masa” pada informasi tugas.</translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation>Ekspor lini masa</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)</source>
        <translation>Gambar PNG (*.png);;Dokumen PDF (*.pdf);;Gambar SVG (*.svg)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Tidak dapat mengekspor</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>Open Plan</source>
        <translation>Buka Rencana</translation>
    </message>
    <message>
        <source>pmdesk plans and project files</source>
        <translation>Rencana pmdesk dan berkas proyek</translation>
    </message>
    <message>
        <source>pmdesk plans</source>
        <translation>Rencana pmdesk</translation>
    </message>
    <message>
        <source>Project files</source>
        <translation>Berkas proyek</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Semua berkas</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Buku kerja Excel</translation>
    </message>
    <message>
        <source>%1 is already open in this window.</source>
        <translation>%1 sudah terbuka di jendela ini.</translation>
    </message>
    <message>
        <source>Cannot open plan</source>
        <translation>Rencana tidak dapat dibuka</translation>
    </message>
    <message>
        <source>Cannot save plan</source>
        <translation>Rencana tidak dapat disimpan</translation>
    </message>
    <message>
        <source>Save Plan As</source>
        <translation>Simpan Rencana Sebagai</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <source>Import Plan</source>
        <translation>Impor Rencana</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Impor dibatalkan.</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Tidak dapat mengimpor</translation>
    </message>
    <message>
        <source>Imported with warnings</source>
        <translation>Diimpor dengan peringatan</translation>
    </message>
    <message>
        <source>Export Plan</source>
        <translation>Ekspor Rencana</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Ekspor dibatalkan.</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Tidak dapat mengekspor</translation>
    </message>
    <message>
        <source>Exported with warnings</source>
        <translation>Diekspor dengan peringatan</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Diekspor ke %1.</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Simpan otomatis gagal: %1</translation>
    </message>
    <message>
        <source>Another program changed %1 since you opened it; Save will ask whether to reload it, save a copy or overwrite it.</source>
        <translation>Program lain mengubah %1 sejak Anda membukanya; Simpan akan menanyakan apakah memuat ulang, menyimpan salinan, atau menimpanya.</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>Tidak dapat memulihkan</translation>
    </message>
    <message>
        <source>Recovered unsaved work: save it to keep it.</source>
        <translation>Pekerjaan yang belum disimpan dipulihkan: simpan untuk mempertahankannya.</translation>
    </message>
</context>
<context>
    <name>FinishChart</name>
    <message>
        <source>No results yet</source>
        <translation>Belum ada hasil</translation>
    </message>
    <message>
        <source>Share of iterations</source>
        <translation>Bagian iterasi</translation>
    </message>
    <message>
        <source>Share per day</source>
        <translation>Bagian per hari</translation>
    </message>
    <message>
        <source>Share per week</source>
        <translation>Bagian per minggu</translation>
    </message>
    <message>
        <source>Chance of finishing by that date</source>
        <translation>Peluang selesai paling lambat tanggal itu</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <source>Project finish</source>
        <translation>Selesai proyek</translation>
    </message>
    <message>
        <source>Project finish: %1 iterations</source>
        <translation>Selesai proyek: %1 iterasi</translation>
    </message>
</context>
<context>
    <name>FormulaDialog</name>
    <message>
        <source>Custom scoring formula</source>
        <translation>Rumus skor khusus</translation>
    </message>
    <message>
        <source>Write the score of an item from named criteria, e.g. &lt;code&gt;(value * 2 + strategic) / effort&lt;/code&gt;.&lt;br&gt;Operators + - * / ^ and parentheses; functions %1.&lt;br&gt;Each name becomes an input of items using the “Custom formula” framework.</source>
        <translation>Tulis skor item dari kriteria bernama, mis. &lt;code&gt;(value * 2 + strategic) / effort&lt;/code&gt;.&lt;br&gt;Operator + - * / ^ dan tanda kurung; fungsi %1.&lt;br&gt;Setiap nama menjadi masukan bagi item yang memakai kerangka “Rumus khusus”.</translation>
    </message>
    <message>
        <source>none (a constant)</source>
        <translation>tidak ada (konstanta)</translation>
    </message>
    <message>
        <source>Criteria: %1</source>
        <translation>Kriteria: %1</translation>
    </message>
</context>
<context>
    <name>GanttChart</name>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>Tanggal status</translation>
    </message>
</context>
<context>
    <name>GanttEditor</name>
    <message>
        <source>Add task</source>
        <translation>Tambah tugas</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>Naikkan tingkat</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Turunkan tingkat</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Tautkan</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Lepas tautan</translation>
    </message>
    <message>
        <source>Edit links after drawing them</source>
        <translation>Sunting tautan setelah menggambarnya</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Perbesar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Perkecil</translation>
    </message>
    <message>
        <source>Zoom to project</source>
        <translation>Seluruh proyek</translation>
    </message>
    <message>
        <source>Scroll to task</source>
        <translation>Gulir ke tugas</translation>
    </message>
    <message>
        <source>Critical path</source>
        <translation>Jalur kritis</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Garis dasar</translation>
    </message>
    <message>
        <source>Tracking Gantt</source>
        <translation>Gantt Pelacakan</translation>
    </message>
    <message>
        <source>Baseline </source>
        <translation>Garis dasar </translation>
    </message>
    <message>
        <source>The baseline the chart shows and the actions set or clear</source>
        <translation>Garis dasar yang ditampilkan bagan dan yang disimpan atau dihapus oleh tindakan</translation>
    </message>
    <message>
        <source>Set baseline</source>
        <translation>Simpan garis dasar</translation>
    </message>
    <message>
        <source>Clear baseline</source>
        <translation>Hapus garis dasar</translation>
    </message>
    <message>
        <source>Show only some tasks (with their summaries)</source>
        <translation>Tampilkan hanya sebagian tugas (beserta ringkasannya)</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>Cari tugas</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Sorot</translation>
    </message>
    <message>
        <source>Mark matching tasks instead of hiding the others</source>
        <translation>Tandai tugas yang cocok alih-alih menyembunyikan yang lain</translation>
    </message>
    <message>
        <source>Resource: %1</source>
        <translation>Sumber daya: %1</translation>
    </message>
    <message>
        <source>Task information...</source>
        <translation>Informasi tugas...</translation>
    </message>
    <message>
        <source>Update tasks...</source>
        <translation>Perbarui tugas...</translation>
    </message>
    <message>
        <source>Insert task</source>
        <translation>Sisipkan tugas</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Hapus tugas</translation>
    </message>
    <message>
        <source>Link tasks</source>
        <translation>Tautkan tugas</translation>
    </message>
    <message>
        <source>Unlink tasks</source>
        <translation>Lepas tautan tugas</translation>
    </message>
    <message>
        <source>Insert column...</source>
        <translation>Sisipkan kolom...</translation>
    </message>
    <message>
        <source>Hide column</source>
        <translation>Sembunyikan kolom</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Tempel</translation>
    </message>
</context>
<context>
    <name>GanttFilters</name>
    <message>
        <source>All tasks</source>
        <translation>Semua tugas</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritis</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Tonggak</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Belum selesai</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Slipping</source>
        <translation>Mundur</translation>
    </message>
</context>
<context>
    <name>GanttLegend</name>
    <message>
        <source>Task</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Terpisah</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <source>Critical task</source>
        <translation>Tugas kritis</translation>
    </message>
    <message>
        <source>Manual task</source>
        <translation>Tugas manual</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Tonggak</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Garis dasar</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>Tanggal status</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Sisa</translation>
    </message>
    <message>
        <source>Critical remaining</source>
        <translation>Sisa kritis</translation>
    </message>
    <message>
        <source>Baseline (grey, under the bar)</source>
        <translation>Garis dasar (abu-abu, di bawah batang)</translation>
    </message>
    <message>
        <source>Slippage</source>
        <translation>Pergeseran</translation>
    </message>
    <message>
        <source>Progress line</source>
        <translation>Garis kemajuan</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Keterangan</translation>
    </message>
</context>
<context>
    <name>GanttView</name>
    <message>
        <source>Days</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Minggu</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Kuartal</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Select the tasks to zoom to.</source>
        <translation>Pilih tugas yang ingin diperbesar.</translation>
    </message>
    <message>
        <source>&amp;Outline</source>
        <translation>&amp;Kerangka</translation>
    </message>
    <message>
        <source>&amp;All subtasks</source>
        <translation>&amp;Semua subtugas</translation>
    </message>
    <message>
        <source>Level &amp;%1</source>
        <translation>Tingkat &amp;%1</translation>
    </message>
    <message>
        <source>Time&amp;scale</source>
        <translation>Skala &amp;waktu</translation>
    </message>
    <message>
        <source>Zoom to &amp;selected tasks</source>
        <translation>Perbesar ke tugas &amp;terpilih</translation>
    </message>
    <message>
        <source>Zoom to &amp;project</source>
        <translation>Perbesar ke seluruh &amp;proyek</translation>
    </message>
    <message>
        <source>Apply table</source>
        <translation>Terapkan tabel</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entri</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Pelacakan</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Varians</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Earned Value</source>
        <translation>Nilai Hasil</translation>
    </message>
    <message>
        <source>&amp;Tables</source>
        <translation>&amp;Tabel</translation>
    </message>
</context>
<context>
    <name>HolidayDialog</name>
    <message>
        <source>Add holidays</source>
        <translation>Tambah hari libur</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Negara:</translation>
    </message>
    <message>
        <source>&amp;Subdivision:</source>
        <translation>&amp;Wilayah:</translation>
    </message>
    <message>
        <source>Kinds:</source>
        <translation>Jenis:</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>Tahun pertama</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Tahun terakhir</translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation>&amp;Tahun:</translation>
    </message>
    <message>
        <source>Holidays to add</source>
        <translation>Hari libur yang ditambahkan</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>Centang &amp;semua</translation>
    </message>
    <message>
        <source>Untick a&amp;ll</source>
        <translation>Hapus &amp;centang semua</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Nasional</translation>
    </message>
    <message>
        <source>Government / collective leave</source>
        <translation>Cuti bersama</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opsional</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Sekolah</translation>
    </message>
    <message>
        <source>Half days</source>
        <translation>Setengah hari</translation>
    </message>
    <message>
        <source>Unofficial</source>
        <translation>Tidak resmi</translation>
    </message>
    <message>
        <source>Catholic</source>
        <translation>Katolik</translation>
    </message>
    <message>
        <source>(the whole country)</source>
        <translation>(seluruh negeri)</translation>
    </message>
    <message>
        <source>Tick at least one holiday to add.</source>
        <translation>Centang sedikitnya satu hari libur untuk ditambahkan.</translation>
    </message>
    <message numerus="yes">
        <source>%n holiday(s) will be added.</source>
        <translation>
            <numerusform>%n hari libur akan ditambahkan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Roadmap item</source>
        <translation>Item peta jalan</translation>
    </message>
    <message>
        <source>New roadmap item</source>
        <translation>Item peta jalan baru</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source>(no lane)</source>
        <translation>(tanpa jalur)</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Jalur</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>comma-separated, e.g. core, enterprise</source>
        <translation>dipisah koma, mis. inti, korporat</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>from</source>
        <translation>dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Prioritisation</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Kerangka</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Penyerahan</translation>
    </message>
    <message>
        <source>(not linked)</source>
        <translation>(tidak ditautkan)</translation>
    </message>
    <message>
        <source>Linked task</source>
        <translation>Tugas tertaut</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prakiraan</translation>
    </message>
    <message>
        <source>Blocked by</source>
        <translation>Terhalang oleh</translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>Tugas %1</translation>
    </message>
    <message>
        <source>The plan has no custom formula yet (Scoring ▸ Custom formula…).</source>
        <translation>Rencana ini belum punya rumus khusus (Penilaian ▸ Rumus khusus…).</translation>
    </message>
    <message>
        <source>missing (0-100%)</source>
        <translation>kosong (0-100%)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>kosong</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Skor: %1</translation>
    </message>
    <message>
        <source>Score: %1 (unscored)</source>
        <translation>Skor: %1 (belum dinilai)</translation>
    </message>
    <message>
        <source>Not linked: link a task or use Plan delivery on the board.</source>
        <translation>Belum ditautkan: tautkan tugas atau pakai Rencanakan penyerahan di papan.</translation>
    </message>
    <message>
        <source>No schedule for this task yet.</source>
        <translation>Tugas ini belum berjadwal.</translation>
    </message>
    <message>
        <source>finishes %1, %2% complete</source>
        <translation>selesai %1, %2% rampung</translation>
    </message>
    <message numerus="yes">
        <source>slipping %n day(s)</source>
        <translation>
            <numerusform>mundur %n hari</numerusform>
        </translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Tambah kartu</translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation>Sunting kartu</translation>
    </message>
</context>
<context>
    <name>KpiStrip</name>
    <message>
        <source>month</source>
        <translation>bulan</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>kuartal</translation>
    </message>
    <message>
        <source>year</source>
        <translation>tahun</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>NPV</translation>
    </message>
    <message>
        <source>Risk-adjusted NPV</source>
        <translation>NPV disesuaikan risiko</translation>
    </message>
    <message>
        <source>IRR (per year)</source>
        <translation>IRR (per tahun)</translation>
    </message>
    <message>
        <source>Operating break-even</source>
        <translation>Titik impas operasional</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Balik modal</translation>
    </message>
    <message>
        <source>Cost of delay</source>
        <translation>Biaya keterlambatan</translation>
    </message>
    <message>
        <source>Total revenue</source>
        <translation>Total pendapatan</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Total biaya</translation>
    </message>
    <message>
        <source>Net cash</source>
        <translation>Kas bersih</translation>
    </message>
    <message>
        <source>Cost of 1 %1 delay</source>
        <translation>Biaya terlambat 1 %1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>t/a</translation>
    </message>
    <message>
        <source>NPV lost if every line that starts at a milestone started one %1 later (within the sheet&apos;s periods)</source>
        <translation>NPV yang hilang jika setiap baris yang dimulai pada tonggak dimulai satu %1 lebih lambat (dalam periode lembar ini)</translation>
    </message>
    <message>
        <source>NPV at %1</source>
        <translation>NPV pada %1</translation>
    </message>
    <message>
        <source>Net present value of the net cash flow, first period undiscounted</source>
        <translation>Nilai kini bersih arus kas bersih, periode pertama tanpa diskonto</translation>
    </message>
    <message>
        <source>Internal rate of return of the net cash flow (n/a: no change of sign)</source>
        <translation>Tingkat pengembalian internal arus kas bersih (t/a: tidak ada pergantian tanda)</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>tidak tercapai</translation>
    </message>
    <message>
        <source>First period whose revenue covers its operating costs</source>
        <translation>Periode pertama yang pendapatannya menutup biaya operasionalnya</translation>
    </message>
    <message>
        <source>When the cumulative cash turns positive for good</source>
        <translation>Saat kas kumulatif menjadi positif seterusnya</translation>
    </message>
    <message>
        <source>Cost of sales + operating expenses + capital expenditure</source>
        <translation>Harga pokok penjualan + beban operasional + belanja modal</translation>
    </message>
    <message>
        <source>Sum of the net cash flow</source>
        <translation>Jumlah arus kas bersih</translation>
    </message>
    <message>
        <source>No P&amp;L line starts at a task.</source>
        <translation>Tidak ada baris laba rugi yang dimulai pada tugas.</translation>
    </message>
    <message>
        <source>Risk-adjusted NPV (P10 %1, P90 %2)</source>
        <translation>NPV disesuaikan risiko (P10 %1, P90 %2)</translation>
    </message>
    <message>
        <source>Expected NPV over 1,000 simulated schedules (the Risk tab&apos;s estimates and risks move the launch dates): P10 %1, P50 %2, P90 %3</source>
        <translation>NPV harapan dari 1.000 jadwal simulasi (estimasi dan risiko di tab Risiko menggeser tanggal peluncuran): P10 %1, P50 %2, P90 %3</translation>
    </message>
</context>
<context>
    <name>Leveling</name>
    <message>
        <source>Leveling options</source>
        <translation>Opsi perataan</translation>
    </message>
    <message>
        <source>Level resources</source>
        <translation>Ratakan sumber daya</translation>
    </message>
    <message>
        <source>No resource is over-allocated: nothing to level.</source>
        <translation>Tidak ada sumber daya yang kelebihan alokasi: tidak ada yang perlu diratakan.</translation>
    </message>
    <message>
        <source>Leveling moved 1 task.</source>
        <translation>Perataan memindahkan 1 tugas.</translation>
    </message>
    <message>
        <source>Leveling moved {count} tasks.</source>
        <translation>Perataan memindahkan {count} tugas.</translation>
    </message>
    <message>
        <source>Leveling changed no dates.</source>
        <translation>Perataan tidak mengubah tanggal apa pun.</translation>
    </message>
    <message>
        <source>The plan now finishes on {new} (was {old}).</source>
        <translation>Rencana kini selesai pada {new} (sebelumnya {old}).</translation>
    </message>
    <message>
        <source>1 more resource stays over-allocated.</source>
        <translation>1 sumber daya lain tetap kelebihan alokasi.</translation>
    </message>
    <message>
        <source>{count} more resources stay over-allocated.</source>
        <translation>{count} sumber daya lain tetap kelebihan alokasi.</translation>
    </message>
    <message>
        <source>There is no leveling to clear.</source>
        <translation>Tidak ada perataan untuk dihapus.</translation>
    </message>
    <message>
        <source>Clear leveling</source>
        <translation>Hapus perataan</translation>
    </message>
    <message>
        <source>Leveling cleared: 1 delay removed.</source>
        <translation>Perataan dihapus: 1 penundaan dihilangkan.</translation>
    </message>
    <message>
        <source>Leveling cleared: {count} delays removed.</source>
        <translation>Perataan dihapus: {count} penundaan dihilangkan.</translation>
    </message>
    <message>
        <source>is manually scheduled</source>
        <translation>dijadwalkan manual</translation>
    </message>
    <message>
        <source>has started</source>
        <translation>sudah dimulai</translation>
    </message>
    <message>
        <source>has priority 1000 (do not level)</source>
        <translation>berprioritas 1000 (jangan diratakan)</translation>
    </message>
    <message>
        <source>has a %1 constraint</source>
        <translation>memiliki batasan %1</translation>
    </message>
    <message>
        <source>is scheduled as late as possible</source>
        <translation>dijadwalkan selambat mungkin</translation>
    </message>
    <message>
        <source>has fixed dates</source>
        <translation>memiliki tanggal tetap</translation>
    </message>
    <message>
        <source>%1 days from %2 to %3</source>
        <translation>%1 hari dari %2 sampai %3</translation>
    </message>
    <message>
        <source>leveling could not resolve it</source>
        <translation>perataan tidak dapat menyelesaikannya</translation>
    </message>
    <message>
        <source>Resource %1</source>
        <translation>Sumber daya %1</translation>
    </message>
    <message>
        <source>%1 stays over-allocated on %2: %3.</source>
        <translation>%1 tetap kelebihan alokasi pada %2: %3.</translation>
    </message>
</context>
<context>
    <name>LevelingOptionsDialog</name>
    <message>
        <source>Leveling Options</source>
        <translation>Opsi Perataan</translation>
    </message>
    <message>
        <source>Leveling range</source>
        <translation>Rentang perataan</translation>
    </message>
    <message>
        <source>Level &amp;entire project</source>
        <translation>Ratakan s&amp;eluruh proyek</translation>
    </message>
    <message>
        <source>Level f&amp;rom:</source>
        <translation>Ratakan da&amp;ri:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Sampai:</translation>
    </message>
    <message>
        <source>Resolving overallocations</source>
        <translation>Mengatasi kelebihan alokasi</translation>
    </message>
    <message>
        <source>ID Only</source>
        <translation>Hanya ID</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standar</translation>
    </message>
    <message>
        <source>Priority, Standard</source>
        <translation>Prioritas, Standar</translation>
    </message>
    <message>
        <source>Leveling &amp;order:</source>
        <translation>&amp;Urutan perataan:</translation>
    </message>
    <message>
        <source>Level only within available &amp;slack</source>
        <translation>Ratakan hanya dalam &amp;kelonggaran yang tersedia</translation>
    </message>
    <message>
        <source>&amp;Clear leveling values before leveling</source>
        <translation>&amp;Hapus nilai perataan sebelum meratakan</translation>
    </message>
    <message>
        <source>Leveling can adjust individual &amp;assignments on a task</source>
        <translation>Perataan boleh menyesuaikan &amp;penugasan satu per satu dalam tugas</translation>
    </message>
    <message>
        <source>Leveling can create s&amp;plits in remaining work</source>
        <translation>Perataan boleh mem&amp;ecah sisa pekerjaan</translation>
    </message>
    <message>
        <source>&amp;Level Now</source>
        <translation>&amp;Ratakan Sekarang</translation>
    </message>
    <message>
        <source>The end of the range to level is before its start.</source>
        <translation>Akhir rentang perataan ada sebelum awalnya.</translation>
    </message>
</context>
<context>
    <name>LevelingResultsDialog</name>
    <message>
        <source>Leveling results</source>
        <translation>Hasil perataan</translation>
    </message>
    <message>
        <source>Tasks that moved:</source>
        <translation>Tugas yang dipindahkan:</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <source>Start before</source>
        <translation>Mulai sebelumnya</translation>
    </message>
    <message>
        <source>Start after</source>
        <translation>Mulai sesudahnya</translation>
    </message>
    <message>
        <source>Leveling delay</source>
        <translation>Penundaan perataan</translation>
    </message>
    <message>
        <source>(follows a link)</source>
        <translation>(mengikuti tautan)</translation>
    </message>
    <message>
        <source>Still over-allocated:</source>
        <translation>Masih kelebihan alokasi:</translation>
    </message>
    <message>
        <source>No resource stays over-allocated.</source>
        <translation>Tidak ada sumber daya yang tetap kelebihan alokasi.</translation>
    </message>
</context>
<context>
    <name>LineEditor</name>
    <message>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Select a line of the sheet to edit it.</source>
        <translation>Pilih baris lembar untuk menyuntingnya.</translation>
    </message>
    <message>
        <source>Move line to %1</source>
        <translation>Pindahkan baris ke %1</translation>
    </message>
    <message>
        <source>Change line kind</source>
        <translation>Ubah jenis baris</translation>
    </message>
    <message>
        <source>The line starts when this milestone is scheduled to finish</source>
        <translation>Baris dimulai saat tonggak ini dijadwalkan selesai</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Bagian</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Mulai pada</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Sumber daya</translation>
    </message>
    <message>
        <source>Start of the P&amp;L</source>
        <translation>Awal laba rugi</translation>
    </message>
    <message>
        <source>All resources</source>
        <translation>Semua sumber daya</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Grup: %1</translation>
    </message>
    <message>
        <source>Rename line to %1</source>
        <translation>Ganti nama baris menjadi %1</translation>
    </message>
    <message>
        <source>Start %1 at %2</source>
        <translation>Mulai %1 pada %2</translation>
    </message>
    <message>
        <source>Cost of %1 in %2</source>
        <translation>Biaya %1 di %2</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>Sunting %1 dari %2</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Finish-to-Start (FS)</source>
        <translation>Selesai-ke-Mulai (FS)</translation>
    </message>
    <message>
        <source>Start-to-Start (SS)</source>
        <translation>Mulai-ke-Mulai (SS)</translation>
    </message>
    <message>
        <source>Finish-to-Finish (FF)</source>
        <translation>Selesai-ke-Selesai (FF)</translation>
    </message>
    <message>
        <source>Start-to-Finish (SF)</source>
        <translation>Mulai-ke-Selesai (SF)</translation>
    </message>
    <message>
        <source>Task dependency</source>
        <translation>Ketergantungan tugas</translation>
    </message>
    <message>
        <source>A lag such as 2d, 4h or 50%; a minus sign makes a lead</source>
        <translation>Jeda seperti 2 hari, 4 jam atau 50%; tanda minus menjadikannya percepatan (lead)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Ke</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Jeda</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Baru</translation>
    </message>
    <message>
        <source>Start an empty plan</source>
        <translation>Mulai rencana kosong</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>B&amp;uka...</translation>
    </message>
    <message>
        <source>Open a .pmdb plan</source>
        <translation>Buka rencana .pmdb</translation>
    </message>
    <message>
        <source>Open from Ser&amp;ver...</source>
        <translation>Buka dari Ser&amp;ver...</translation>
    </message>
    <message>
        <source>Open a team plan kept on a PostgreSQL server</source>
        <translation>Buka rencana tim yang disimpan di server PostgreSQL</translation>
    </message>
    <message>
        <source>Take O&amp;ffline...</source>
        <translation>Bawa O&amp;ffline...</translation>
    </message>
    <message>
        <source>Copy this server plan to a file to edit it without a connection; Sync merges it back</source>
        <translation>Salin rencana server ini ke berkas untuk disunting tanpa koneksi; Sinkronkan menggabungkannya kembali</translation>
    </message>
    <message>
        <source>S&amp;ync with Server</source>
        <translation>Sin&amp;kronkan dengan Server</translation>
    </message>
    <message>
        <source>Merge this offline copy with its server plan, both ways</source>
        <translation>Gabungkan salinan offline ini dengan rencana servernya, ke dua arah</translation>
    </message>
    <message>
        <source>Por&amp;tfolio...</source>
        <translation>Por&amp;tofolio...</translation>
    </message>
    <message>
        <source>The plans on a server: finish, slip, NPV and the people they share</source>
        <translation>Rencana-rencana di server: selesai, keterlambatan, NPV, dan orang yang mereka gunakan bersama</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Simpan Seb&amp;agai...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Close this plan</source>
        <translation>Tutup rencana ini</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Impor...</translation>
    </message>
    <message>
        <source>Make a new plan from an MS Project XML, GanttProject or CSV file</source>
        <translation>Buat rencana baru dari berkas XML MS Project, GanttProject atau CSV</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Ekspor...</translation>
    </message>
    <message>
        <source>Write this plan as MS Project XML, GanttProject, CSV or Excel</source>
        <translation>Tulis rencana ini sebagai XML MS Project, GanttProject, CSV atau Excel</translation>
    </message>
    <message>
        <source>Page Set&amp;up...</source>
        <translation>Pen&amp;gaturan Halaman...</translation>
    </message>
    <message>
        <source>Paper, margins, scaling, columns, header, footer and legend of this view&apos;s printout</source>
        <translation>Kertas, margin, skala, kolom, kepala, kaki dan keterangan cetakan tampilan ini</translation>
    </message>
    <message>
        <source>Print Pre&amp;view...</source>
        <translation>&amp;Pratinjau Cetak...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Cetak...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Buka Te&amp;rkini</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Batalkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Tem&amp;pel</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Show the %1 workspace</source>
        <translation>Tampilkan ruang kerja %1</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Per&amp;besar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Per&amp;kecil</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>Ukuran &amp;Asli</translation>
    </message>
    <message>
        <source>&amp;About pmdesk</source>
        <translation>&amp;Tentang pmdesk</translation>
    </message>
    <message>
        <source>Project &amp;Information...</source>
        <translation>&amp;Informasi Proyek...</translation>
    </message>
    <message>
        <source>The plan&apos;s name, dates, currency, calendar, options and statistics</source>
        <translation>Nama, tanggal, mata uang, kalender, opsi dan statistik rencana</translation>
    </message>
    <message>
        <source>Change &amp;Working Time...</source>
        <translation>Ubah &amp;Waktu Kerja...</translation>
    </message>
    <message>
        <source>Edit calendars, work weeks, exceptions and holidays</source>
        <translation>Sunting kalender, minggu kerja, pengecualian dan hari libur</translation>
    </message>
    <message>
        <source>&amp;Update Tasks...</source>
        <translation>Perbarui T&amp;ugas...</translation>
    </message>
    <message>
        <source>Progress of the selected tasks: % complete, actual and remaining duration, actual start and finish</source>
        <translation>Kemajuan tugas yang dipilih: % selesai, durasi aktual dan tersisa, mulai dan selesai aktual</translation>
    </message>
    <message>
        <source>&amp;Update Project...</source>
        <translation>Perbarui &amp;Proyek...</translation>
    </message>
    <message>
        <source>Mark work done through a date, or move unfinished work after it</source>
        <translation>Tandai pekerjaan selesai sampai suatu tanggal, atau pindahkan pekerjaan yang belum selesai ke sesudahnya</translation>
    </message>
    <message>
        <source>&amp;Status Report...</source>
        <translation>&amp;Laporan Status...</translation>
    </message>
    <message>
        <source>A PDF or web page for stakeholders: finish vs baseline, milestones, earned value, late work</source>
        <translation>PDF atau halaman web untuk pemangku kepentingan: selesai vs garis dasar, tonggak, nilai hasil, pekerjaan terlambat</translation>
    </message>
    <message>
        <source>&amp;Level Now</source>
        <translation>&amp;Ratakan Sekarang</translation>
    </message>
    <message>
        <source>Delay tasks until no resource is over-allocated</source>
        <translation>Tunda tugas sampai tidak ada sumber daya yang kelebihan alokasi</translation>
    </message>
    <message>
        <source>Leveling &amp;Options...</source>
        <translation>&amp;Opsi Perataan...</translation>
    </message>
    <message>
        <source>Leveling order, range and slack; level from there</source>
        <translation>Urutan, rentang, dan kelonggaran perataan; ratakan dari sana</translation>
    </message>
    <message>
        <source>&amp;Clear Leveling</source>
        <translation>&amp;Hapus Perataan</translation>
    </message>
    <message>
        <source>Remove every leveling delay</source>
        <translation>Hapus setiap penundaan perataan</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Proyek</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>&amp;Tugas</translation>
    </message>
    <message>
        <source>&amp;Resource</source>
        <translation>&amp;Sumber Daya</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Utama</translation>
    </message>
    <message>
        <source> Role: </source>
        <translation> Peran: </translation>
    </message>
    <message>
        <source>pmdesk already speaks %1.</source>
        <translation>pmdesk sudah memakai %1.</translation>
    </message>
    <message>
        <source>pmdesk will speak %1 the next time it starts.</source>
        <translation>pmdesk akan memakai %1 saat dijalankan lagi.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation>Belum ada rencana terkini</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Kosongkan Menu</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>not saved</source>
        <translation>belum disimpan</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[hanya-baca]</translation>
    </message>
    <message>
        <source>Show the conflicts and go to their tasks</source>
        <translation>Tampilkan konflik dan buka tugasnya</translation>
    </message>
    <message>
        <source>Not scheduled: %1</source>
        <translation>Belum terjadwal: %1</translation>
    </message>
    <message>
        <source>Finish %1</source>
        <translation>Selesai %1</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 konflik</translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n konflik</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n tugas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n dipilih</numerusform>
        </translation>
    </message>
    <message>
        <source>Use Save As to keep your work elsewhere.</source>
        <translation>Gunakan Simpan Sebagai untuk menyimpan pekerjaan Anda di tempat lain.</translation>
    </message>
</context>
<context>
    <name>Modes</name>
    <message>
        <source>Strategy canvas</source>
        <translation>Kanvas strategi</translation>
    </message>
    <message>
        <source>Four actions (ERRC)</source>
        <translation>Empat tindakan (ERRC)</translation>
    </message>
    <message>
        <source>Business model</source>
        <translation>Model bisnis</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Papan</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Lini masa</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Value vs effort</source>
        <translation>Nilai vs usaha</translation>
    </message>
</context>
<context>
    <name>MonthPreview</name>
    <message>
        <source>Month preview</source>
        <translation>Pratinjau bulan</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Kerja</translation>
    </message>
    <message>
        <source>Non-working</source>
        <translation>Libur</translation>
    </message>
    <message>
        <source>Exception: non-working</source>
        <translation>Pengecualian: libur</translation>
    </message>
    <message>
        <source>Exception: working times</source>
        <translation>Pengecualian: jam kerja</translation>
    </message>
    <message>
        <source>non-working</source>
        <translation>libur</translation>
    </message>
    <message>
        <source>(exception %1)</source>
        <translation>(pengecualian %1)</translation>
    </message>
</context>
<context>
    <name>NewCalendarDialog</name>
    <message>
        <source>Standard</source>
        <translation>Standar</translation>
    </message>
    <message>
        <source>24 Hours</source>
        <translation>24 Jam</translation>
    </message>
    <message>
        <source>Night Shift</source>
        <translation>Sif Malam</translation>
    </message>
    <message>
        <source>Create New Calendar</source>
        <translation>Buat Kalender Baru</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>Create a new &amp;base calendar from</source>
        <translation>Buat &amp;kalender dasar baru dari</translation>
    </message>
    <message>
        <source>Make a &amp;copy of</source>
        <translation>Buat &amp;salinan dari</translation>
    </message>
    <message>
        <source>The new calendar needs a name.</source>
        <translation>Kalender baru perlu diberi nama.</translation>
    </message>
</context>
<context>
    <name>PageSetup</name>
    <message>
        <source>The paper must be one of A4, A3, Letter, Legal or Tabloid.</source>
        <translation>Kertas harus salah satu dari A4, A3, Letter, Legal atau Tabloid.</translation>
    </message>
    <message>
        <source>Margins must be between 0 and 60 mm.</source>
        <translation>Margin harus antara 0 dan 60 mm.</translation>
    </message>
    <message>
        <source>The number of pages across or down must be between 1 and 50.</source>
        <translation>Jumlah halaman ke samping atau ke bawah harus antara 1 dan 50.</translation>
    </message>
    <message>
        <source>The timescale must be days, weeks, months or quarters.</source>
        <translation>Skala waktu harus hari, minggu, bulan atau kuartal.</translation>
    </message>
    <message>
        <source>Dates must lie between the years 1900 and 2200.</source>
        <translation>Tanggal harus berada di antara tahun 1900 dan 2200.</translation>
    </message>
    <message>
        <source>The date range must end after it starts.</source>
        <translation>Rentang tanggal harus berakhir setelah dimulai.</translation>
    </message>
    <message>
        <source>The legend goes on every page, the last page, or none.</source>
        <translation>Keterangan dicetak di setiap halaman, di halaman terakhir, atau tidak sama sekali.</translation>
    </message>
</context>
<context>
    <name>PageSetupDialog</name>
    <message>
        <source>On every page</source>
        <translation>Di setiap halaman</translation>
    </message>
    <message>
        <source>On the last page</source>
        <translation>Di halaman terakhir</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Minggu</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Kuartal</translation>
    </message>
    <message>
        <source>Page Setup — {view}</source>
        <translation>Pengaturan Halaman — {view}</translation>
    </message>
    <message>
        <source>The printer&apos;s own</source>
        <translation>Bawaan printer</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Kertas:</translation>
    </message>
    <message>
        <source>&amp;Landscape</source>
        <translation>&amp;Lanskap</translation>
    </message>
    <message>
        <source>left</source>
        <translation>kiri</translation>
    </message>
    <message>
        <source>top</source>
        <translation>atas</translation>
    </message>
    <message>
        <source>right</source>
        <translation>kanan</translation>
    </message>
    <message>
        <source>bottom</source>
        <translation>bawah</translation>
    </message>
    <message>
        <source>Margins (left, top, right, bottom):</source>
        <translation>Margin (kiri, atas, kanan, bawah):</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>otomatis</translation>
    </message>
    <message>
        <source>pages wide by</source>
        <translation>halaman lebar kali</translation>
    </message>
    <message>
        <source>tall</source>
        <translation>tinggi</translation>
    </message>
    <message>
        <source>Fit to:</source>
        <translation>Paskan ke:</translation>
    </message>
    <message>
        <source>Fit to the pages</source>
        <translation>Paskan ke halaman</translation>
    </message>
    <message>
        <source>&amp;Timescale:</source>
        <translation>Skala &amp;waktu:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>Dates (empty: the whole plan):</source>
        <translation>Tanggal (kosong: seluruh rencana):</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>K&amp;olom:</translation>
    </message>
    <message>
        <source>Repeat the columns on every page across</source>
        <translation>Ulangi kolom di setiap halaman ke samping</translation>
    </message>
    <message>
        <source>Header and footer (left, centre, right):</source>
        <translation>Kepala dan kaki halaman (kiri, tengah, kanan):</translation>
    </message>
    <message>
        <source>Fields: {fields}</source>
        <translation>Bidang: {fields}</translation>
    </message>
    <message>
        <source>L&amp;egend:</source>
        <translation>K&amp;eterangan:</translation>
    </message>
    <message>
        <source>Print the tasks&apos; &amp;notes after the chart</source>
        <translation>Cetak &amp;catatan tugas setelah bagan</translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation>Pilih sedikitnya satu kolom.</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Pengaturan halaman</translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <source>FY %1</source>
        <translation>TA %1</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>K%1 %2</translation>
    </message>
</context>
<context>
    <name>PnlChart</name>
    <message>
        <source>Revenue vs cost and cumulative cash</source>
        <translation>Pendapatan vs biaya dan kas kumulatif</translation>
    </message>
</context>
<context>
    <name>PnlFields</name>
    <message>
        <source>Amount / period</source>
        <translation>Jumlah / periode</translation>
    </message>
    <message>
        <source>Growth / period</source>
        <translation>Pertumbuhan / periode</translation>
    </message>
    <message>
        <source>Units / period</source>
        <translation>Unit / periode</translation>
    </message>
    <message>
        <source>Unit growth</source>
        <translation>Pertumbuhan unit</translation>
    </message>
    <message>
        <source>Price / unit</source>
        <translation>Harga / unit</translation>
    </message>
    <message>
        <source>Price growth</source>
        <translation>Pertumbuhan harga</translation>
    </message>
    <message>
        <source>In period no.</source>
        <translation>Di periode ke-</translation>
    </message>
    <message>
        <source>Starts after</source>
        <translation>Mulai setelah</translation>
    </message>
    <message>
        <source>Lasts</source>
        <translation>Berlangsung</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Launch delay (periods)</source>
        <translation>Penundaan peluncuran (periode)</translation>
    </message>
    <message>
        <source> periods</source>
        <translation> periode</translation>
    </message>
    <message>
        <source>Periods after the launch (or after the first period)</source>
        <translation>Periode setelah peluncuran (atau setelah periode pertama)</translation>
    </message>
    <message>
        <source>Number of periods; 0: to the end of the sheet</source>
        <translation>Jumlah periode; 0: sampai akhir lembar</translation>
    </message>
    <message>
        <source>Counted from the line&apos;s start (0: its first period)</source>
        <translation>Dihitung dari awal baris (0: periode pertamanya)</translation>
    </message>
    <message>
        <source>to the end</source>
        <translation>sampai akhir</translation>
    </message>
    <message>
        <source>Per period, compounded</source>
        <translation>Per periode, majemuk</translation>
    </message>
</context>
<context>
    <name>PnlRows</name>
    <message>
        <source>Revenue</source>
        <translation>Pendapatan</translation>
    </message>
    <message>
        <source>Cost of sales</source>
        <translation>Harga pokok penjualan</translation>
    </message>
    <message>
        <source>Operating expenses</source>
        <translation>Beban operasional</translation>
    </message>
    <message>
        <source>Capital expenditure</source>
        <translation>Belanja modal</translation>
    </message>
    <message>
        <source>Fixed per period</source>
        <translation>Tetap per periode</translation>
    </message>
    <message>
        <source>Growing</source>
        <translation>Bertumbuh</translation>
    </message>
    <message>
        <source>Units × price</source>
        <translation>Unit × harga</translation>
    </message>
    <message>
        <source>One-off</source>
        <translation>Sekali saja</translation>
    </message>
    <message>
        <source>Resource cost (from the plan)</source>
        <translation>Biaya sumber daya (dari rencana)</translation>
    </message>
    <message>
        <source>Total revenue</source>
        <translation>Total pendapatan</translation>
    </message>
    <message>
        <source>Total cost of sales</source>
        <translation>Total harga pokok penjualan</translation>
    </message>
    <message>
        <source>Total operating expenses</source>
        <translation>Total beban operasional</translation>
    </message>
    <message>
        <source>Total capital expenditure</source>
        <translation>Total belanja modal</translation>
    </message>
    <message>
        <source>(unnamed line)</source>
        <translation>(baris tanpa nama)</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Laba kotor</translation>
    </message>
    <message>
        <source>Gross margin %</source>
        <translation>Margin laba kotor %</translation>
    </message>
    <message>
        <source>Operating result (EBITDA)</source>
        <translation>Laba operasional (EBITDA)</translation>
    </message>
    <message>
        <source>Net cash flow</source>
        <translation>Arus kas bersih</translation>
    </message>
    <message>
        <source>Cumulative cash</source>
        <translation>Kas kumulatif</translation>
    </message>
    <message>
        <source>%1 months (%2)</source>
        <translation>%1 bulan (%2)</translation>
    </message>
    <message>
        <source>%1 quarters (%2)</source>
        <translation>%1 kuartal (%2)</translation>
    </message>
    <message>
        <source>%1 years (%2)</source>
        <translation>%1 tahun (%2)</translation>
    </message>
    <message>
        <source>%1 month (%2)</source>
        <translation>%1 bulan (%2)</translation>
    </message>
    <message>
        <source>%1 quarter (%2)</source>
        <translation>%1 kuartal (%2)</translation>
    </message>
    <message>
        <source>%1 year (%2)</source>
        <translation>%1 tahun (%2)</translation>
    </message>
    <message>
        <source>not within the horizon</source>
        <translation>tidak tercapai dalam cakrawala lembar</translation>
    </message>
    <message>
        <source>immediate</source>
        <translation>langsung</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>t/a</translation>
    </message>
</context>
<context>
    <name>PnlSheetModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 to %2 (exclusive)</source>
        <translation>%1 sampai %2 (tidak termasuk)</translation>
    </message>
</context>
<context>
    <name>PnlWorkspace</name>
    <message>
        <source>Add line</source>
        <translation>Tambah baris</translation>
    </message>
    <message>
        <source>Add a line to the section of the selected row</source>
        <translation>Tambahkan baris ke bagian dari baris terpilih</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Remove the selected line and its overrides</source>
        <translation>Buang baris terpilih beserta nilai timpaannya</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Naik</translation>
    </message>
    <message>
        <source>Move the selected line up in its section</source>
        <translation>Pindahkan baris terpilih ke atas dalam bagiannya</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Turun</translation>
    </message>
    <message>
        <source>Move the selected line down in its section</source>
        <translation>Pindahkan baris terpilih ke bawah dalam bagiannya</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Grafik</translation>
    </message>
    <message>
        <source>Show the chart of revenue, cost and cash</source>
        <translation>Tampilkan grafik pendapatan, biaya dan kas</translation>
    </message>
    <message>
        <source>Take the launch dates from the plan, or from the schedule risk simulation at P50 or P80</source>
        <translation>Ambil tanggal peluncuran dari rencana, atau dari simulasi risiko jadwal pada P50 atau P80</translation>
    </message>
    <message>
        <source>Launch: plan</source>
        <translation>Peluncuran: rencana</translation>
    </message>
    <message>
        <source>Launch: P50</source>
        <translation>Peluncuran: P50</translation>
    </message>
    <message>
        <source>Launch: P80</source>
        <translation>Peluncuran: P80</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Ekspor CSV…</translation>
    </message>
    <message>
        <source>Save the sheet of this scenario as CSV</source>
        <translation>Simpan lembar skenario ini sebagai CSV</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Skenario:</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) from %1</source>
        <translation>
            <numerusform>%n bulan sejak %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s) from %1</source>
        <translation>
            <numerusform>%n kuartal sejak %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) from %1</source>
        <translation>
            <numerusform>%n tahun sejak %1</numerusform>
        </translation>
    </message>
    <message>
        <source> · amounts in %1 · type in a cell to override it, Delete restores</source>
        <translation> · jumlah dalam %1 · ketik di sel untuk menimpanya, Delete memulihkan</translation>
    </message>
    <message>
        <source> · launch at P50 %1 (%2)</source>
        <translation> · peluncuran pada P50 %1 (%2)</translation>
    </message>
    <message>
        <source> · launch at P80 %1 (%2)</source>
        <translation> · peluncuran pada P80 %1 (%2)</translation>
    </message>
    <message>
        <source> · launch %1 (%2)</source>
        <translation> · peluncuran %1 (%2)</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Baris baru</translation>
    </message>
    <message>
        <source>Add P&amp;L line</source>
        <translation>Tambah baris laba rugi</translation>
    </message>
    <message>
        <source>Remove P&amp;L line %1</source>
        <translation>Hapus baris laba rugi %1</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>Naikkan %1</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>Turunkan %1</translation>
    </message>
    <message>
        <source>Move line</source>
        <translation>Pindahkan baris</translation>
    </message>
    <message>
        <source>Export P&amp;L as CSV</source>
        <translation>Ekspor laba rugi sebagai CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export P&amp;L</source>
        <translation>Ekspor laba rugi</translation>
    </message>
</context>
<context>
    <name>PortfolioDialog</name>
    <message>
        <source>Portfolio: %1</source>
        <translation>Portofolio: %1</translation>
    </message>
    <message>
        <source>Plans (double-click to open):</source>
        <translation>Rencana (klik dua kali untuk membuka):</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n hari</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>Keterlambatan</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>NPV</translation>
    </message>
    <message>
        <source>People in several plans (by name):</source>
        <translation>Orang di beberapa rencana (menurut nama):</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Sumber daya</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <source>Peak load</source>
        <translation>Beban puncak</translation>
    </message>
    <message>
        <source>Over-allocated</source>
        <translation>Kelebihan alokasi</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Mulai</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>row {row}, column {column}</source>
        <translation>baris {row}, kolom {column}</translation>
    </message>
    <message>
        <source>There is no column “{key}”; the columns are {names}.</source>
        <translation>Tidak ada kolom “{key}”; kolom yang ada: {names}.</translation>
    </message>
    <message>
        <source>This printout would take {count} pages; choose fewer pages across, a coarser timescale or a shorter date range.</source>
        <translation>Cetakan ini akan memakan {count} halaman; pilih lebih sedikit halaman ke samping, skala waktu yang lebih kasar atau rentang tanggal yang lebih pendek.</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Could not write {path}: check the folder&apos;s permissions and free space.</source>
        <translation>Tidak dapat menulis {path}: periksa izin folder dan ruang kosong.</translation>
    </message>
    <message>
        <source>Cannot write “{suffix}”: choose .png, .pdf or .svg.</source>
        <translation>Tidak dapat menulis “{suffix}”: pilih .png, .pdf atau .svg.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Folder {folder} tidak ada.</translation>
    </message>
    <message>
        <source>A PNG page at {dpi} dpi would be too large: ask for fewer dpi (600 or less for A3).</source>
        <translation>Halaman PNG pada {dpi} dpi akan terlalu besar: minta dpi lebih kecil (600 atau kurang untuk A3).</translation>
    </message>
    <message>
        <source>Print Preview — {view}</source>
        <translation>Pratinjau Cetak — {view}</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Tidak dapat mencetak</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>Gantt</source>
        <translation>Gantt</translation>
    </message>
    <message>
        <source>Tracking Gantt</source>
        <translation>Gantt Pelacakan</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Sumber daya</translation>
    </message>
    <message>
        <source>Roadmap board</source>
        <translation>Papan peta jalan</translation>
    </message>
    <message>
        <source>Roadmap timeline</source>
        <translation>Lini masa peta jalan</translation>
    </message>
    <message>
        <source>Executive timeline</source>
        <translation>Lini masa eksekutif</translation>
    </message>
    <message>
        <source>Strategy canvas</source>
        <translation>Kanvas strategi</translation>
    </message>
    <message>
        <source>P&amp;L</source>
        <translation>Laba rugi</translation>
    </message>
    <message>
        <source>Four actions (ERRC)</source>
        <translation>Empat tindakan (ERRC)</translation>
    </message>
    <message>
        <source>Business model</source>
        <translation>Model bisnis</translation>
    </message>
    <message>
        <source>There is no view “{key}” to print.</source>
        <translation>Tidak ada tampilan “{key}” untuk dicetak.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Resource sheet</source>
        <translation>Lembar sumber daya</translation>
    </message>
    <message>
        <source>Resource usage by week</source>
        <translation>Pemakaian sumber daya per minggu</translation>
    </message>
    <message>
        <source>Profit and loss</source>
        <translation>Laba rugi</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Angka kunci</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Revenue, cost and cumulative cash</source>
        <translation>Pendapatan, biaya dan kas kumulatif</translation>
    </message>
    <message>
        <source>Page {page} of {pages} — {position}</source>
        <translation>Halaman {page} dari {pages} — {position}</translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation>Dicetak {date}</translation>
    </message>
</context>
<context>
    <name>ProjectInfoDialog</name>
    <message>
        <source>Project Information: {name}</source>
        <translation>Informasi Proyek: {name}</translation>
    </message>
    <message>
        <source>New Plan: Project Information</source>
        <translation>Rencana Baru: Informasi Proyek</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Umum</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Opsi</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>&amp;Statistik</translation>
    </message>
    <message>
        <source>Project start date</source>
        <translation>Tanggal mulai proyek</translation>
    </message>
    <message>
        <source>Project finish date</source>
        <translation>Tanggal selesai proyek</translation>
    </message>
    <message>
        <source>NA</source>
        <translation>T/A</translation>
    </message>
    <message>
        <source>&amp;NA</source>
        <translation>&amp;T/A</translation>
    </message>
    <message>
        <source>No status date: progress is measured to today.</source>
        <translation>Tanpa tanggal status: kemajuan diukur sampai hari ini.</translation>
    </message>
    <message>
        <source>Standard (built in)</source>
        <translation>Standar (bawaan)</translation>
    </message>
    <message>
        <source>S&amp;tart date</source>
        <translation>&amp;Tanggal mulai</translation>
    </message>
    <message>
        <source>&amp;Finish date</source>
        <translation>Tanggal &amp;selesai</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>Na&amp;ma</translation>
    </message>
    <message>
        <source>Schedule &amp;from</source>
        <translation>&amp;Jadwalkan dari</translation>
    </message>
    <message>
        <source>Status &amp;date</source>
        <translation>Tanggal stat&amp;us</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Mata uang</translation>
    </message>
    <message>
        <source>Ca&amp;lendar</source>
        <translation>&amp;Kalender</translation>
    </message>
    <message>
        <source>&amp;Hours per day</source>
        <translation>&amp;Jam per hari</translation>
    </message>
    <message>
        <source>Hours per &amp;week</source>
        <translation>Jam per mi&amp;nggu</translation>
    </message>
    <message>
        <source>Days per m&amp;onth</source>
        <translation>&amp;Hari per bulan</translation>
    </message>
    <message>
        <source>Fiscal &amp;year starts in</source>
        <translation>T&amp;ahun fiskal mulai pada</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>Calculation options for this plan:</source>
        <translation>Opsi perhitungan untuk rencana ini:</translation>
    </message>
    <message>
        <source>Tasks will always honor their constraint dates</source>
        <translation>Tugas selalu mematuhi tanggal batasannya</translation>
    </message>
    <message>
        <source>Move end of completed parts after status date back to status date</source>
        <translation>Pindahkan akhir bagian yang selesai setelah tanggal status mundur ke tanggal status</translation>
    </message>
    <message>
        <source>...and move start of remaining parts back to status date</source>
        <translation>...dan pindahkan awal bagian yang tersisa mundur ke tanggal status</translation>
    </message>
    <message>
        <source>Move start of remaining parts before status date forward to status date</source>
        <translation>Pindahkan awal bagian yang tersisa sebelum tanggal status maju ke tanggal status</translation>
    </message>
    <message>
        <source>...and move end of completed parts forward to status date</source>
        <translation>...dan pindahkan akhir bagian yang selesai maju ke tanggal status</translation>
    </message>
    <message>
        <source>Scheduling options for new tasks</source>
        <translation>Opsi penjadwalan untuk tugas baru</translation>
    </message>
    <message>
        <source>Fixed Units</source>
        <translation>Unit Tetap</translation>
    </message>
    <message>
        <source>Fixed Duration</source>
        <translation>Durasi Tetap</translation>
    </message>
    <message>
        <source>Fixed Work</source>
        <translation>Kerja Tetap</translation>
    </message>
    <message>
        <source>New tasks are &amp;effort driven</source>
        <translation>Tugas baru &amp;berbasis upaya</translation>
    </message>
    <message>
        <source>Default task &amp;type:</source>
        <translation>&amp;Jenis tugas bawaan:</translation>
    </message>
    <message>
        <source>Earned value options for this plan</source>
        <translation>Opsi nilai hasil untuk rencana ini</translation>
    </message>
    <message>
        <source>% Complete</source>
        <translation>% Selesai</translation>
    </message>
    <message>
        <source>Physical % Complete</source>
        <translation>% Selesai Fisik</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Garis dasar</translation>
    </message>
    <message>
        <source>Baseline %1</source>
        <translation>Garis dasar %1</translation>
    </message>
    <message>
        <source>%1 (not set)</source>
        <translation>%1 (belum ditetapkan)</translation>
    </message>
    <message>
        <source>%1 (set %2)</source>
        <translation>%1 (ditetapkan %2)</translation>
    </message>
    <message>
        <source>Default task earned value &amp;method:</source>
        <translation>&amp;Metode nilai hasil bawaan tugas:</translation>
    </message>
    <message>
        <source>&amp;Baseline for earned value calculations:</source>
        <translation>&amp;Garis dasar untuk perhitungan nilai hasil:</translation>
    </message>
    <message>
        <source>S&amp;tart date (computed)</source>
        <translation>&amp;Tanggal mulai (dihitung)</translation>
    </message>
    <message>
        <source>&amp;Finish date (computed)</source>
        <translation>Tanggal &amp;selesai (dihitung)</translation>
    </message>
    <message>
        <source>Project information</source>
        <translation>Informasi proyek</translation>
    </message>
</context>
<context>
    <name>ResourceGraph</name>
    <message>
        <source>Select a work resource to see its graph.</source>
        <translation>Pilih sumber daya kerja untuk melihat grafiknya.</translation>
    </message>
    <message>
        <source>peak units; max. %1</source>
        <translation>unit puncak; maks. %1</translation>
    </message>
</context>
<context>
    <name>ResourceSheet</name>
    <message>
        <source>(plan default)</source>
        <translation>(bawaan rencana)</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Kerja</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 jam</translation>
    </message>
    <message>
        <source>%1/h</source>
        <translation>%1/jam</translation>
    </message>
    <message>
        <source>%1/unit</source>
        <translation>%1/unit</translation>
    </message>
</context>
<context>
    <name>ResourceSheetModel</name>
    <message numerus="yes">
        <source>%1 is over-allocated on %n day(s) from %2: up to %3 of %4.</source>
        <translation>
            <numerusform>%1 kelebihan alokasi pada %n hari sejak %2: hingga %3 dari %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResourcesWorkspace</name>
    <message>
        <source>Working time…</source>
        <translation>Waktu kerja…</translation>
    </message>
    <message>
        <source>Change the working time of the current resource: vacations, part-time weeks, its base calendar (Ctrl+Shift+W)</source>
        <translation>Ubah waktu kerja sumber daya ini: cuti, minggu paruh waktu, kalender dasarnya (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>Choose a resource first.</source>
        <translation>Pilih sumber daya terlebih dahulu.</translation>
    </message>
    <message>
        <source>Only work resources have working time.</source>
        <translation>Hanya sumber daya kerja yang memiliki waktu kerja.</translation>
    </message>
    <message>
        <source>Resource usage — zoom for days, weeks, months or quarters; the dashed line is max. units, red where the load exceeds it</source>
        <translation>Pemakaian sumber daya — perbesar atau perkecil untuk hari, minggu, bulan atau kuartal; garis putus-putus adalah unit maks., merah jika beban melebihinya</translation>
    </message>
    <message>
        <source>Resource usage</source>
        <translation>Penggunaan sumber daya</translation>
    </message>
    <message>
        <source>Task usage</source>
        <translation>Penggunaan tugas</translation>
    </message>
    <message>
        <source>Add resource</source>
        <translation>Tambah sumber daya</translation>
    </message>
    <message>
        <source>Add a resource (Insert)</source>
        <translation>Tambahkan sumber daya (Insert)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Delete the selected resources and their assignments (Delete)</source>
        <translation>Hapus sumber daya terpilih beserta penugasannya (Delete)</translation>
    </message>
    <message>
        <source>Assign to task…</source>
        <translation>Tugaskan ke tugas…</translation>
    </message>
    <message>
        <source>Assign the current resource to another task</source>
        <translation>Tugaskan sumber daya ini ke tugas lain</translation>
    </message>
    <message>
        <source>Level now</source>
        <translation>Ratakan sekarang</translation>
    </message>
    <message>
        <source>Delay lower-priority tasks until no resource is over-allocated</source>
        <translation>Tunda tugas berprioritas lebih rendah sampai tidak ada sumber daya yang kelebihan alokasi</translation>
    </message>
    <message>
        <source>Leveling options…</source>
        <translation>Opsi perataan…</translation>
    </message>
    <message>
        <source>Leveling order, range, slack; then level</source>
        <translation>Urutan, rentang, kelonggaran perataan; lalu ratakan</translation>
    </message>
    <message>
        <source>Clear leveling</source>
        <translation>Hapus perataan</translation>
    </message>
    <message>
        <source>Remove the delays leveling set</source>
        <translation>Buang penundaan yang dibuat oleh perataan</translation>
    </message>
    <message>
        <source>Show tasks in usage</source>
        <translation>Tampilkan tugas di pemakaian</translation>
    </message>
    <message>
        <source>Show the selected resource&apos;s tasks, hours per week, under it in the usage grid</source>
        <translation>Tampilkan tugas sumber daya terpilih, jam per minggu, di bawahnya pada kisi pemakaian</translation>
    </message>
    <message>
        <source>%n resource(s)</source>
        <translation>%n sumber daya</translation>
    </message>
    <message>
        <source>%n over-allocated</source>
        <translation>%n kelebihan alokasi</translation>
    </message>
    <message>
        <source>Assignments — select a resource above</source>
        <translation>Penugasan — pilih sumber daya di atas</translation>
    </message>
    <message numerus="yes">
        <source>Assignments of %1  (%n task(s))</source>
        <translation>
            <numerusform>Penugasan %1  (%n tugas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RiskDatesModel</name>
    <message>
        <source>Task or roadmap item</source>
        <translation>Tugas atau item peta jalan</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <source>Deadline / target</source>
        <translation>Tenggat / target</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Tepat waktu</translation>
    </message>
    <message>
        <source>Project finish</source>
        <translation>Selesai proyek</translation>
    </message>
    <message>
        <source>Roadmap: %1</source>
        <translation>Peta jalan: %1</translation>
    </message>
</context>
<context>
    <name>RiskDriversModel</name>
    <message>
        <source>Task</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <source>Correlation with finish</source>
        <translation>Korelasi dengan selesai</translation>
    </message>
    <message>
        <source>Critical in</source>
        <translation>Kritis dalam</translation>
    </message>
</context>
<context>
    <name>RiskRegisterModel</name>
    <message>
        <source>Longer tasks</source>
        <translation>Tugas lebih lama</translation>
    </message>
    <message>
        <source>New task after</source>
        <translation>Tugas baru sesudahnya</translation>
    </message>
    <message>
        <source>New task before</source>
        <translation>Tugas baru sebelumnya</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilitas</translation>
    </message>
    <message>
        <source>Impact (days)</source>
        <translation>Dampak (hari)</translation>
    </message>
    <message>
        <source>Impact as</source>
        <translation>Dampak sebagai</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Dimitigasi</translation>
    </message>
    <message>
        <source>When the risk occurs: each chosen task takes the impact longer, or a new task of that many days runs after (or before) each of them and what follows (or precedes) it waits.</source>
        <translation>Saat risiko terjadi: setiap tugas yang dipilih bertambah lama sebesar dampaknya, atau tugas baru sepanjang itu berjalan sesudah (atau sebelum) setiap tugas tersebut dan tugas yang mengikutinya (atau mendahuluinya) menunggu.</translation>
    </message>
    <message>
        <source>A risk needs a name.</source>
        <translation>Risiko perlu diberi nama.</translation>
    </message>
    <message>
        <source>Edit risk</source>
        <translation>Sunting risiko</translation>
    </message>
    <message>
        <source>The impact lands as one of: %1.</source>
        <translation>Dampak berlaku sebagai salah satu dari: %1.</translation>
    </message>
    <message>
        <source>New risk</source>
        <translation>Risiko baru</translation>
    </message>
    <message>
        <source>Add risk</source>
        <translation>Tambah risiko</translation>
    </message>
    <message>
        <source>Remove risk</source>
        <translation>Buang risiko</translation>
    </message>
</context>
<context>
    <name>RiskWorkspace</name>
    <message>
        <source>Run</source>
        <translation>Jalankan</translation>
    </message>
    <message>
        <source>Simulate the schedule again</source>
        <translation>Simulasikan jadwal lagi</translation>
    </message>
    <message>
        <source>Iterations:</source>
        <translation>Iterasi:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Benih acak:</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Drivers and criticality</source>
        <translation>Pemicu dan kekritisan</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Daftar risiko</translation>
    </message>
    <message>
        <source>Add risk</source>
        <translation>Tambah risiko</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Impact: working days the risk costs when it occurs, as longer tasks or as a new task after or before each chosen task. Tasks: their IDs in the Gantt table, e.g. 12, 15. A mitigated risk stays listed but is not simulated.</source>
        <translation>Dampak: hari kerja yang hilang saat risiko terjadi, sebagai tugas yang lebih lama atau sebagai tugas baru sesudah atau sebelum setiap tugas yang dipilih. Tugas: ID-nya di tabel Gantt, mis. 12, 15. Risiko yang sudah dimitigasi tetap tercantum tetapi tidak disimulasikan.</translation>
    </message>
    <message>
        <source>The plan changed: press Run to simulate it again.</source>
        <translation>Rencana berubah: tekan Jalankan untuk menyimulasikannya lagi.</translation>
    </message>
    <message>
        <source>The plan has no schedule yet.</source>
        <translation>Rencana belum memiliki jadwal.</translation>
    </message>
    <message>
        <source>No task varies: give tasks three-point estimates (task dialog, Estimates) or add risks to the register.</source>
        <translation>Tidak ada tugas yang bervariasi: beri tugas estimasi tiga titik (dialog tugas, Estimasi) atau tambahkan risiko ke daftar.</translation>
    </message>
    <message>
        <source>Finish P50 &lt;b&gt;%1&lt;/b&gt;, P80 &lt;b&gt;%2&lt;/b&gt; (planned %3: %4 chance); %5 tasks vary.</source>
        <translation>Selesai P50 &lt;b&gt;%1&lt;/b&gt;, P80 &lt;b&gt;%2&lt;/b&gt; (rencana %3: peluang %4); %5 tugas bervariasi.</translation>
    </message>
</context>
<context>
    <name>Roadmap</name>
    <message>
        <source>Now</source>
        <translation>Sekarang</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Berikutnya</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Nanti</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Ditunda</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Gagasan</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Berjalan</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Berisiko</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>FY%1</source>
        <translation>TA%1</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>K%1 %2</translation>
    </message>
</context>
<context>
    <name>RoadmapBoard</name>
    <message>
        <source>committed, in delivery</source>
        <translation>disepakati, sedang dikerjakan</translation>
    </message>
    <message>
        <source>shaping, coming up</source>
        <translation>dimatangkan, segera menyusul</translation>
    </message>
    <message>
        <source>ideas and bets</source>
        <translation>gagasan dan taruhan</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>tidak direncanakan</translation>
    </message>
    <message>
        <source>%n card(s)</source>
        <translation>%n kartu</translation>
    </message>
    <message>
        <source>%n card(s) of %1</source>
        <translation>%n dari %1 kartu</translation>
    </message>
    <message>
        <source>LANES</source>
        <translation>LAJUR</translation>
    </message>
    <message>
        <source>forecast %1</source>
        <translation>perkiraan %1</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>terlambat sejak %1</translation>
    </message>
    <message>
        <source>%1% on time</source>
        <translation>%1% tepat waktu</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>target %1</translation>
    </message>
    <message>
        <source>Target %1 – %2</source>
        <translation>Target %1 – %2</translation>
    </message>
    <message>
        <source>No target dates</source>
        <translation>Belum ada tanggal target</translation>
    </message>
    <message>
        <source>%1 score %2</source>
        <translation>Skor %1 %2</translation>
    </message>
    <message>
        <source>Delivery forecast %1, %2% complete</source>
        <translation>Perkiraan penyerahan %1, %2% selesai</translation>
    </message>
    <message>
        <source>Delivery overdue: due %1, %2% complete at the status date</source>
        <translation>Penyerahan terlambat: jatuh tempo %1, %2% selesai pada tanggal status</translation>
    </message>
    <message>
        <source>%n day(s) past the target end</source>
        <translation>%n hari melewati akhir target</translation>
    </message>
    <message>
        <source>(double-click here to open the task)</source>
        <translation>(klik dua kali di sini untuk membuka tugas)</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Buka…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Ganti nama</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Pindahkan ke</translation>
    </message>
    <message>
        <source>Plan delivery</source>
        <translation>Rencanakan penyerahan</translation>
    </message>
    <message>
        <source>Go to linked task</source>
        <translation>Buka tugas tertaut</translation>
    </message>
    <message>
        <source>Unlink delivery</source>
        <translation>Lepas tautan penyerahan</translation>
    </message>
    <message>
        <source>Delete %n card(s)</source>
        <translation>Hapus %n kartu</translation>
    </message>
    <message>
        <source>Add card here</source>
        <translation>Tambah kartu di sini</translation>
    </message>
    <message>
        <source>Rename lane</source>
        <translation>Ganti nama lajur</translation>
    </message>
    <message>
        <source>Lane colour…</source>
        <translation>Warna lajur…</translation>
    </message>
    <message>
        <source>Move lane up</source>
        <translation>Naikkan lajur</translation>
    </message>
    <message>
        <source>Move lane down</source>
        <translation>Turunkan lajur</translation>
    </message>
    <message>
        <source>Delete lane (cards stay, without lane)</source>
        <translation>Hapus lajur (kartu tetap, tanpa lajur)</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>Tambah lajur</translation>
    </message>
    <message>
        <source>Lane colour</source>
        <translation>Warna lajur</translation>
    </message>
    <message>
        <source>Change lane colour</source>
        <translation>Ubah warna lajur</translation>
    </message>
    <message>
        <source>New lane</source>
        <translation>Lajur baru</translation>
    </message>
</context>
<context>
    <name>RoadmapItemsModel</name>
    <message>
        <source>Job size</source>
        <translation>Ukuran pekerjaan</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Jalur</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Kerangka</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <source>Target start</source>
        <translation>Mulai target</translation>
    </message>
    <message>
        <source>Target end</source>
        <translation>Akhir target</translation>
    </message>
    <message>
        <source>Forecast finish</source>
        <translation>Prakiraan selesai</translation>
    </message>
    <message>
        <source>% complete</source>
        <translation>% selesai</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>Mundur</translation>
    </message>
</context>
<context>
    <name>RoadmapTimeline</name>
    <message>
        <source>Without dates (%1)</source>
        <translation>Tanpa tanggal (%1)</translation>
    </message>
    <message>
        <source>Drag across a row to give the item target dates</source>
        <translation>Seret melintasi baris untuk memberi item tanggal target</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>prakiraan</translation>
    </message>
    <message>
        <source>slipping</source>
        <translation>mundur</translation>
    </message>
</context>
<context>
    <name>RoadmapWorkspace</name>
    <message>
        <source>Add card</source>
        <translation>Tambah kartu</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>Tambah lajur</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sunting…</translation>
    </message>
    <message>
        <source>Plan delivery</source>
        <translation>Rencanakan penyerahan</translation>
    </message>
    <message>
        <source>Create a summary task and a milestone for the card and link them</source>
        <translation>Buat tugas ringkasan dan tonggak untuk kartu ini lalu tautkan</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>P80 forecast</source>
        <translation>Perkiraan P80</translation>
    </message>
    <message>
        <source>Show on linked cards the date the delivery finishes by in 80 % of simulated schedules, and the chance of meeting the target (the Risk tab&apos;s estimates)</source>
        <translation>Tampilkan pada kartu bertaut tanggal penyerahan selesai dalam 80 % jadwal simulasi, dan peluang memenuhi target (estimasi dari tab Risiko)</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <source>ICE as product (I × C × E)</source>
        <translation>ICE sebagai hasil kali (I × C × E)</translation>
    </message>
    <message>
        <source>ICE as average ((I + C + E) / 3)</source>
        <translation>ICE sebagai rata-rata ((I + C + E) / 3)</translation>
    </message>
    <message>
        <source>Custom formula…</source>
        <translation>Rumus khusus…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Board as PNG / PDF / SVG…</source>
        <translation>Papan sebagai PNG / PDF / SVG…</translation>
    </message>
    <message>
        <source>Timeline as PNG / PDF / SVG…</source>
        <translation>Lini masa sebagai PNG / PDF / SVG…</translation>
    </message>
    <message>
        <source>Items with scores as CSV…</source>
        <translation>Butir beserta skor sebagai CSV…</translation>
    </message>
    <message>
        <source>Linked or not</source>
        <translation>Bertaut atau tidak</translation>
    </message>
    <message>
        <source>Linked to delivery</source>
        <translation>Bertaut ke penyerahan</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>Tidak bertaut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Search title, description, tags</source>
        <translation>Cari judul, deskripsi, tag</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Saring:</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Bersihkan</translation>
    </message>
    <message>
        <source>No lane</source>
        <translation>Tanpa lajur</translation>
    </message>
    <message>
        <source>All lanes</source>
        <translation>Semua lajur</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Semua tag</translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation>%1 dari %2 butir</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 butir</translation>
    </message>
    <message>
        <source>%1 without dates</source>
        <translation>%1 tanpa tanggal</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Peta jalan</translation>
    </message>
    <message>
        <source>Export the board</source>
        <translation>Ekspor papan</translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation>Ekspor lini masa</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)</source>
        <translation>Gambar PNG (*.png);;Dokumen PDF (*.pdf);;Gambar SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export items</source>
        <translation>Ekspor item</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Kuartal</translation>
    </message>
    <message>
        <source>FY starts %1</source>
        <translation>TA mulai %1</translation>
    </message>
</context>
<context>
    <name>ScenarioEditor</name>
    <message>
        <source>Scenario</source>
        <translation>Skenario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Scales units and revenue</source>
        <translation>Mengalikan unit dan pendapatan</translation>
    </message>
    <message>
        <source>Scales revenue prices</source>
        <translation>Mengalikan harga pendapatan</translation>
    </message>
    <message>
        <source>Scales every cost line</source>
        <translation>Mengalikan setiap baris biaya</translation>
    </message>
    <message>
        <source>Moves lines that start at a milestone later</source>
        <translation>Memundurkan baris yang dimulai pada tonggak</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>A new scenario with this one&apos;s factors and overrides</source>
        <translation>Skenario baru dengan faktor dan penimpaan skenario ini</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Rename scenario to %1</source>
        <translation>Ganti nama skenario menjadi %1</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>Sunting %1 dari %2</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>salinan %1</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Dasar</translation>
    </message>
    <message>
        <source>New scenario %1</source>
        <translation>Skenario baru %1</translation>
    </message>
    <message>
        <source>Delete scenario %1</source>
        <translation>Hapus skenario %1</translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message>
        <source>Value / effort</source>
        <translation>Nilai / upaya</translation>
    </message>
    <message>
        <source>Custom formula</source>
        <translation>Rumus khusus</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Jangkauan</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Dampak</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Keyakinan</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Upaya</translation>
    </message>
    <message>
        <source>Business value</source>
        <translation>Nilai bisnis</translation>
    </message>
    <message>
        <source>Time criticality</source>
        <translation>Urgensi waktu</translation>
    </message>
    <message>
        <source>Risk reduction / opportunity</source>
        <translation>Pengurangan risiko / peluang</translation>
    </message>
    <message>
        <source>Job size</source>
        <translation>Ukuran pekerjaan</translation>
    </message>
    <message>
        <source>Ease</source>
        <translation>Kemudahan</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
</context>
<context>
    <name>ServerController</name>
    <message>
        <source>Open from Server</source>
        <translation>Buka dari Server</translation>
    </message>
    <message>
        <source>Server address (postgresql://user@host/database?plan=NAME):</source>
        <translation>Alamat server (postgresql://user@host/database?plan=NAMA):</translation>
    </message>
    <message>
        <source>The server has no plans yet; put one there with pmdesk push FILE.pmdb --to ADDRESS.</source>
        <translation>Server belum memiliki rencana; taruh satu di sana dengan pmdesk push FILE.pmdb --to ALAMAT.</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Rencana:</translation>
    </message>
    <message>
        <source>Cannot open plan</source>
        <translation>Rencana tidak dapat dibuka</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portofolio</translation>
    </message>
    <message>
        <source>Server address (postgresql://user@host/database):</source>
        <translation>Alamat server (postgresql://user@host/database):</translation>
    </message>
    <message>
        <source>Cannot show the portfolio</source>
        <translation>Portofolio tidak dapat ditampilkan</translation>
    </message>
    <message>
        <source>Take Offline</source>
        <translation>Bawa Offline</translation>
    </message>
    <message>
        <source>Edits still wait for the server; take the plan offline once they are sent.</source>
        <translation>Suntingan masih menunggu server; bawa rencana offline setelah semuanya terkirim.</translation>
    </message>
    <message>
        <source>Cannot take the plan offline</source>
        <translation>Rencana tidak dapat dibawa offline</translation>
    </message>
    <message>
        <source>Cannot sync</source>
        <translation>Tidak dapat menyinkronkan</translation>
    </message>
    <message>
        <source>This plan was not taken offline from a server; there is nothing to sync.</source>
        <translation>Rencana ini tidak dibawa offline dari server; tidak ada yang perlu disinkronkan.</translation>
    </message>
    <message numerus="yes">
        <source>Synced with the server: %n conflicts decided.</source>
        <translation>
            <numerusform>Tersinkron dengan server: %n konflik diputuskan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only you have this plan open</source>
        <translation>Hanya Anda yang membuka rencana ini</translation>
    </message>
    <message>
        <source>Also open by: %1</source>
        <translation>Juga dibuka oleh: %1</translation>
    </message>
    <message>
        <source>Changes from %1 arrived.</source>
        <translation>Perubahan dari %1 telah tiba.</translation>
    </message>
</context>
<context>
    <name>SettingsEditor</name>
    <message>
        <source>Sheet</source>
        <translation>Lembar</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Kuartal</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Periods of</source>
        <translation>Periode berupa</translation>
    </message>
    <message>
        <source>Number of periods</source>
        <translation>Jumlah periode</translation>
    </message>
    <message>
        <source>First period</source>
        <translation>Periode pertama</translation>
    </message>
    <message>
        <source>Discount rate / year</source>
        <translation>Tingkat diskonto / tahun</translation>
    </message>
    <message>
        <source>Change P&amp;L period</source>
        <translation>Ubah periode laba rugi</translation>
    </message>
    <message>
        <source>Change number of P&amp;L periods</source>
        <translation>Ubah jumlah periode laba rugi</translation>
    </message>
    <message>
        <source>Change first P&amp;L period</source>
        <translation>Ubah periode pertama laba rugi</translation>
    </message>
    <message>
        <source>Change discount rate</source>
        <translation>Ubah tingkat diskonto</translation>
    </message>
</context>
<context>
    <name>StatisticsTab</name>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Saat ini</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Garis dasar</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Aktual</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Sisa</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Selisih</translation>
    </message>
    <message>
        <source>Percent complete: {percent}    Tasks: {tasks}    Milestones: {milestones}    Summary tasks: {summaries}    Resources: {resources} ({work} work)</source>
        <translation>Persen selesai: {percent}    Tugas: {tasks}    Tonggak: {milestones}    Tugas ringkasan: {summaries}    Sumber daya: {resources} ({work} kerja)</translation>
    </message>
    <message>
        <source>NA: not available (no baseline saved, or no progress yet).</source>
        <translation>T/A: tidak tersedia (belum ada garis dasar yang disimpan, atau belum ada kemajuan).</translation>
    </message>
    <message>
        <source>NA</source>
        <translation>T/A</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} jam</translation>
    </message>
</context>
<context>
    <name>StatusReport</name>
    <message>
        <source>Status report</source>
        <translation>Laporan status</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Halaman {page} dari {pages}</translation>
    </message>
    <message>
        <source>Choose a file ending in .pdf or .html for the report.</source>
        <translation>Pilih berkas berakhiran .pdf atau .html untuk laporan.</translation>
    </message>
    <message>
        <source>The plan does not schedule; fix the problem the Gantt shows before making a report.</source>
        <translation>Rencana tidak dapat dijadwalkan; perbaiki masalah yang ditunjukkan Gantt sebelum membuat laporan.</translation>
    </message>
    <message>
        <source>Status Report</source>
        <translation>Laporan Status</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html)</source>
        <translation>PDF (*.pdf);;Halaman web (*.html)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>sesuai jalur</translation>
    </message>
    <message>
        <source>late</source>
        <translation>terlambat</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>lewat tenggat</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>berisiko</translation>
    </message>
    <message>
        <source>slipping</source>
        <translation>bergeser</translation>
    </message>
    <message>
        <source>not linked</source>
        <translation>tidak ditautkan</translation>
    </message>
    <message>
        <source>The plan finishes %1, %2 days after its baseline.</source>
        <translation>Rencana selesai %1, %2 hari setelah garis dasarnya.</translation>
    </message>
    <message>
        <source>The plan finishes %1, on or before its baseline.</source>
        <translation>Rencana selesai %1, tepat atau sebelum garis dasarnya.</translation>
    </message>
    <message>
        <source>The plan finishes %1 (no baseline to compare with).</source>
        <translation>Rencana selesai %1 (tidak ada garis dasar sebagai pembanding).</translation>
    </message>
    <message>
        <source>With its estimates and risks, 80 % of %1 simulated schedules finish by %2.</source>
        <translation>Dengan estimasi dan risikonya, 80 % dari %1 jadwal simulasi selesai paling lambat %2.</translation>
    </message>
    <message>
        <source>Schedule performance %1, cost performance %2.</source>
        <translation>Kinerja jadwal %1, kinerja biaya %2.</translation>
    </message>
    <message>
        <source>%1 tasks are late at the status date.</source>
        <translation>%1 tugas terlambat pada tanggal status.</translation>
    </message>
    <message>
        <source>baseline %1</source>
        <translation>garis dasar %1</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>garis dasar</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>Tanggal status</translation>
    </message>
    <message>
        <source>Finish (forecast)</source>
        <translation>Selesai (prakiraan)</translation>
    </message>
    <message>
        <source>Finish (%1)</source>
        <translation>Selesai (%1)</translation>
    </message>
    <message>
        <source>Finish variance</source>
        <translation>Varians selesai</translation>
    </message>
    <message>
        <source>Finish P80 (risk)</source>
        <translation>Selesai P80 (risiko)</translation>
    </message>
    <message>
        <source>% complete</source>
        <translation>% selesai</translation>
    </message>
    <message>
        <source>Late tasks</source>
        <translation>Tugas terlambat</translation>
    </message>
    <message>
        <source>Planned value (BCWS, PV)</source>
        <translation>Nilai rencana (BCWS, PV)</translation>
    </message>
    <message>
        <source>Earned value (BCWP, EV)</source>
        <translation>Nilai hasil (BCWP, EV)</translation>
    </message>
    <message>
        <source>Actual cost (ACWP, AC)</source>
        <translation>Biaya aktual (ACWP, AC)</translation>
    </message>
    <message>
        <source>Budget at completion (BAC)</source>
        <translation>Anggaran saat selesai (BAC)</translation>
    </message>
    <message>
        <source>Estimate at completion (EAC)</source>
        <translation>Estimasi saat selesai (EAC)</translation>
    </message>
    <message>
        <source>Variance at completion (VAC)</source>
        <translation>Varians saat selesai (VAC)</translation>
    </message>
    <message>
        <source>Schedule variance (SV)</source>
        <translation>Varians jadwal (SV)</translation>
    </message>
    <message>
        <source>Cost variance (CV)</source>
        <translation>Varians biaya (CV)</translation>
    </message>
    <message>
        <source>Estimate to complete (ETC)</source>
        <translation>Estimasi sampai selesai (ETC)</translation>
    </message>
    <message>
        <source>Status date %1 · measured against %2</source>
        <translation>Tanggal status %1 · diukur terhadap %2</translation>
    </message>
    <message>
        <source>%1: status report</source>
        <translation>%1: laporan status</translation>
    </message>
    <message>
        <source>%1: status report %2</source>
        <translation>%1: laporan status %2</translation>
    </message>
    <message>
        <source>Earned value</source>
        <translation>Nilai hasil</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>No risk forecast: %1</source>
        <translation>Tidak ada prakiraan risiko: %1</translation>
    </message>
    <message>
        <source>No task has three-point estimates or risks: the P80 is the plan&apos;s own finish.</source>
        <translation>Tidak ada tugas dengan estimasi tiga titik atau risiko: P80 adalah tanggal selesai rencana itu sendiri.</translation>
    </message>
    <message>
        <source>P50 %1, P80 %2: %3 simulated schedules (seed %4) with the tasks&apos; three-point estimates and the risk register, from the progress recorded.</source>
        <translation>P50 %1, P80 %2: %3 jadwal simulasi (benih acak %4) dengan estimasi tiga titik tugas dan daftar risiko, mulai dari kemajuan yang tercatat.</translation>
    </message>
    <message>
        <source>Chance of finishing by the baseline&apos;s finish: %1.</source>
        <translation>Peluang selesai paling lambat pada tanggal selesai garis dasar: %1.</translation>
    </message>
    <message>
        <source>NPV as planned now</source>
        <translation>NPV sesuai rencana saat ini</translation>
    </message>
    <message>
        <source>NPV with the baseline&apos;s dates (business case)</source>
        <translation>NPV dengan tanggal garis dasar (kasus bisnis)</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Selisih</translation>
    </message>
    <message>
        <source>Business case (P&amp;L)</source>
        <translation>Kasus bisnis (P&amp;L)</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Tonggak</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Garis dasar</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prakiraan</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Varians</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Tonggak</translation>
    </message>
    <message>
        <source>The plan has no milestones.</source>
        <translation>Rencana tidak memiliki tonggak.</translation>
    </message>
    <message>
        <source>Tasks late or slipping most</source>
        <translation>Tugas yang terlambat atau paling bergeser</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <source>Baseline finish</source>
        <translation>Selesai garis dasar</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>Pergeseran</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>No task is late or slipping.</source>
        <translation>Tidak ada tugas yang terlambat atau bergeser.</translation>
    </message>
    <message>
        <source>Resource over-allocations</source>
        <translation>Kelebihan alokasi sumber daya</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Sumber daya</translation>
    </message>
    <message>
        <source>Days over</source>
        <translation>Hari berlebih</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Puncak</translation>
    </message>
    <message>
        <source>Nobody is over-allocated.</source>
        <translation>Tidak ada yang kelebihan alokasi.</translation>
    </message>
    <message>
        <source>Roadmap delivery</source>
        <translation>Penyerahan peta jalan</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Butir</translation>
    </message>
    <message>
        <source>Target end</source>
        <translation>Target akhir</translation>
    </message>
    <message>
        <source>The roadmap has no items.</source>
        <translation>Peta jalan tidak memiliki butir.</translation>
    </message>
    <message>
        <source>Made by pmdesk.</source>
        <translation>Dibuat oleh pmdesk.</translation>
    </message>
    <message>
        <source>Planned value (PV)</source>
        <translation>Nilai rencana (PV)</translation>
    </message>
    <message>
        <source>Earned value (EV)</source>
        <translation>Nilai hasil (EV)</translation>
    </message>
    <message>
        <source>Actual cost (AC)</source>
        <translation>Biaya aktual (AC)</translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>No baseline or progress to draw.</source>
        <translation>Tidak ada garis dasar atau kemajuan untuk digambar.</translation>
    </message>
    <message>
        <source>Cumulative planned value, earned value and actual cost</source>
        <translation>Nilai rencana, nilai hasil dan biaya aktual kumulatif</translation>
    </message>
</context>
<context>
    <name>StrategyView</name>
    <message>
        <source>Factor: %1</source>
        <translation>Faktor: %1</translation>
    </message>
    <message>
        <source>Rename factor…</source>
        <translation>Ganti nama faktor…</translation>
    </message>
    <message>
        <source>Four actions (ERRC)</source>
        <translation>Empat tindakan (ERRC)</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Belum diputuskan</translation>
    </message>
    <message>
        <source>Move factor left</source>
        <translation>Geser faktor ke kiri</translation>
    </message>
    <message>
        <source>Move factor right</source>
        <translation>Geser faktor ke kanan</translation>
    </message>
    <message>
        <source>Remove factor</source>
        <translation>Hapus faktor</translation>
    </message>
    <message>
        <source>Offering: %1</source>
        <translation>Penawaran: %1</translation>
    </message>
    <message>
        <source>Rename offering…</source>
        <translation>Ganti nama penawaran…</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Warna…</translation>
    </message>
    <message>
        <source>Our own offering</source>
        <translation>Penawaran kita sendiri</translation>
    </message>
    <message>
        <source>Move up in legend</source>
        <translation>Naikkan di legenda</translation>
    </message>
    <message>
        <source>Move down in legend</source>
        <translation>Turunkan di legenda</translation>
    </message>
    <message>
        <source>Remove offering</source>
        <translation>Hapus penawaran</translation>
    </message>
    <message>
        <source>Add factor…</source>
        <translation>Tambah faktor…</translation>
    </message>
    <message>
        <source>Add offering…</source>
        <translation>Tambah penawaran…</translation>
    </message>
    <message>
        <source>Curve colour</source>
        <translation>Warna kurva</translation>
    </message>
</context>
<context>
    <name>SyncConflictsDialog</name>
    <message>
        <source>Sync: decide the conflicts</source>
        <translation>Sinkronisasi: putuskan konfliknya</translation>
    </message>
    <message>
        <source>These were changed both in this copy and on the server. Choose which value to keep; everything else is merged both ways.</source>
        <translation>Ini diubah baik di salinan ini maupun di server. Pilih nilai yang disimpan; semua yang lain digabungkan ke dua arah.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Bidang</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Milik saya</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Milik mereka</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>whole row</source>
        <translation>seluruh baris</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(dihapus)</translation>
    </message>
    <message>
        <source>(changed)</source>
        <translation>(diubah)</translation>
    </message>
</context>
<context>
    <name>TableColumns</name>
    <message>
        <source>WBS</source>
        <translation>WBS</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Type a percentage, e.g. 50%</source>
        <translation>Ketik persentase, mis. 50%</translation>
    </message>
    <message>
        <source>Contour</source>
        <translation>Kontur</translation>
    </message>
    <message>
        <source>How the work is spread over the task (MS Project&apos;s work contours)</source>
        <translation>Cara pekerjaan disebar sepanjang tugas (kontur kerja MS Project)</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Type hours (40h) or days (5d); the task&apos;s type says what follows</source>
        <translation>Ketik jam (40h) atau hari (5d); jenis tugas menentukan apa yang mengikuti</translation>
    </message>
    <message>
        <source>Act. work</source>
        <translation>Pekerjaan akt.</translation>
    </message>
    <message>
        <source>Work done; empty: the task&apos;s % complete of the work</source>
        <translation>Pekerjaan yang selesai; kosong: % selesai tugas dari pekerjaannya</translation>
    </message>
    <message>
        <source>Rem. work</source>
        <translation>Sisa pekerjaan</translation>
    </message>
    <message>
        <source>Work - actual work</source>
        <translation>Pekerjaan - pekerjaan aktual</translation>
    </message>
    <message>
        <source>Ovt. work</source>
        <translation>Pekerjaan lembur</translation>
    </message>
    <message>
        <source>Part of the work done as overtime, at the overtime rate</source>
        <translation>Bagian pekerjaan yang dikerjakan lembur, dengan tarif lembur</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Tunda</translation>
    </message>
    <message>
        <source>How long after the task&apos;s start this resource begins</source>
        <translation>Berapa lama setelah tugas dimulai sumber daya ini mulai bekerja</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>A cost resource&apos;s amount is typed here; others come from rates</source>
        <translation>Jumlah sumber daya biaya diketik di sini; yang lain dihitung dari tarif</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Leveling</source>
        <translation>Perataan</translation>
    </message>
    <message>
        <source>Leveling Delay: how long leveling delays the task after its early start (Clear leveling removes it)</source>
        <translation>Tunda perataan: berapa lama perataan menunda tugas setelah mulai awalnya (Hapus perataan menghilangkannya)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Inisial</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>work, material or cost</source>
        <translation>kerja, material atau biaya</translation>
    </message>
    <message>
        <source>Material label</source>
        <translation>Label material</translation>
    </message>
    <message>
        <source>A material resource&apos;s unit of measure, e.g. t, m3 or boxes</source>
        <translation>Satuan ukur sumber daya material, mis. t, m3 atau kotak</translation>
    </message>
    <message>
        <source>Max. units</source>
        <translation>Unit maks.</translation>
    </message>
    <message>
        <source>How much of the resource&apos;s working time it can give, e.g. 100% or 50%</source>
        <translation>Berapa banyak waktu kerja yang dapat diberikan sumber daya, mis. 100% atau 50%</translation>
    </message>
    <message>
        <source>Std. rate</source>
        <translation>Tarif std.</translation>
    </message>
    <message>
        <source>Per hour of work</source>
        <translation>Per jam kerja</translation>
    </message>
    <message>
        <source>Ovt. rate</source>
        <translation>Tarif lembur</translation>
    </message>
    <message>
        <source>Per hour of overtime</source>
        <translation>Per jam lembur</translation>
    </message>
    <message>
        <source>Cost/use</source>
        <translation>Biaya/pakai</translation>
    </message>
    <message>
        <source>Base calendar</source>
        <translation>Kalender dasar</translation>
    </message>
    <message>
        <source>Work of all the resource&apos;s assignments</source>
        <translation>Pekerjaan dari semua penugasan sumber daya</translation>
    </message>
    <message>
        <source>Cost of all the resource&apos;s assignments</source>
        <translation>Biaya dari semua penugasan sumber daya</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Puncak</translation>
    </message>
    <message>
        <source>Highest load at any minute; red when above max. units</source>
        <translation>Beban tertinggi pada menit mana pun; merah bila di atas unit maks.</translation>
    </message>
</context>
<context>
    <name>TaskColumns</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Ind.</source>
        <translation>Ind.</translation>
    </message>
    <message>
        <source>WBS</source>
        <translation>WBS</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Predecessors</source>
        <translation>Pendahulu</translation>
    </message>
    <message>
        <source>Resource names</source>
        <translation>Nama sumber daya</translation>
    </message>
    <message>
        <source>% complete</source>
        <translation>% selesai</translation>
    </message>
    <message>
        <source>Total float</source>
        <translation>Kelonggaran total</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Baseline start</source>
        <translation>Mulai garis dasar</translation>
    </message>
    <message>
        <source>Baseline finish</source>
        <translation>Selesai garis dasar</translation>
    </message>
    <message>
        <source>Finish variance</source>
        <translation>Selisih selesai</translation>
    </message>
    <message>
        <source>Unique ID</source>
        <translation>ID unik</translation>
    </message>
    <message>
        <source>Successors</source>
        <translation>Penerus</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Mulai aktual</translation>
    </message>
    <message>
        <source>Actual finish</source>
        <translation>Selesai aktual</translation>
    </message>
    <message>
        <source>Actual duration</source>
        <translation>Durasi aktual</translation>
    </message>
    <message>
        <source>Remaining duration</source>
        <translation>Sisa durasi</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Fixed cost</source>
        <translation>Biaya tetap</translation>
    </message>
    <message>
        <source>Free float</source>
        <translation>Kelonggaran bebas</translation>
    </message>
    <message>
        <source>Constraint type</source>
        <translation>Jenis batasan</translation>
    </message>
    <message>
        <source>Constraint date</source>
        <translation>Tanggal batasan</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritis</translation>
    </message>
    <message>
        <source>Baseline duration</source>
        <translation>Durasi garis dasar</translation>
    </message>
    <message>
        <source>Baseline work</source>
        <translation>Pekerjaan garis dasar</translation>
    </message>
    <message>
        <source>Baseline cost</source>
        <translation>Biaya garis dasar</translation>
    </message>
    <message>
        <source>Start variance</source>
        <translation>Selisih mulai</translation>
    </message>
    <message>
        <source>Duration variance</source>
        <translation>Selisih durasi</translation>
    </message>
    <message>
        <source>Work variance</source>
        <translation>Selisih pekerjaan</translation>
    </message>
    <message>
        <source>Cost variance</source>
        <translation>Selisih biaya</translation>
    </message>
    <message>
        <source>Optimistic dur.</source>
        <translation>Durasi optimistis</translation>
    </message>
    <message>
        <source>Most likely dur.</source>
        <translation>Durasi paling mungkin</translation>
    </message>
    <message>
        <source>Pessimistic dur.</source>
        <translation>Durasi pesimistis</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribusi</translation>
    </message>
    <message>
        <source>Actual work</source>
        <translation>Pekerjaan aktual</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Effort driven</source>
        <translation>Berbasis upaya</translation>
    </message>
    <message>
        <source>Fixed cost accrual</source>
        <translation>Akrual biaya tetap</translation>
    </message>
    <message>
        <source>Actual cost</source>
        <translation>Biaya aktual</translation>
    </message>
    <message>
        <source>BCWS</source>
        <translation>BCWS</translation>
    </message>
    <message>
        <source>BCWP</source>
        <translation>BCWP</translation>
    </message>
    <message>
        <source>ACWP</source>
        <translation>ACWP</translation>
    </message>
    <message>
        <source>SV</source>
        <translation>SV</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>SV%</source>
        <translation>SV%</translation>
    </message>
    <message>
        <source>CV%</source>
        <translation>CV%</translation>
    </message>
    <message>
        <source>SPI</source>
        <translation>SPI</translation>
    </message>
    <message>
        <source>CPI</source>
        <translation>CPI</translation>
    </message>
    <message>
        <source>BAC</source>
        <translation>BAC</translation>
    </message>
    <message>
        <source>EAC</source>
        <translation>EAC</translation>
    </message>
    <message>
        <source>ETC</source>
        <translation>ETC</translation>
    </message>
    <message>
        <source>VAC</source>
        <translation>VAC</translation>
    </message>
    <message>
        <source>TCPI</source>
        <translation>TCPI</translation>
    </message>
    <message>
        <source>Earned value method</source>
        <translation>Metode nilai hasil</translation>
    </message>
    <message>
        <source>Physical % complete</source>
        <translation>% selesai fisik</translation>
    </message>
    <message>
        <source>Leveling delay</source>
        <translation>Penundaan perataan</translation>
    </message>
    <message>
        <source>Leveling can split</source>
        <translation>Perataan boleh memecah</translation>
    </message>
    <message>
        <source>Level assignments</source>
        <translation>Ratakan penugasan</translation>
    </message>
    <message>
        <source>Baseline%1 start</source>
        <translation>Mulai baseline%1</translation>
    </message>
    <message>
        <source>Baseline%1 finish</source>
        <translation>Selesai baseline%1</translation>
    </message>
    <message>
        <source>Baseline%1 duration</source>
        <translation>Durasi baseline%1</translation>
    </message>
    <message>
        <source>Baseline%1 work</source>
        <translation>Pekerjaan baseline%1</translation>
    </message>
    <message>
        <source>Baseline%1 cost</source>
        <translation>Biaya baseline%1</translation>
    </message>
    <message>
        <source>Text%1</source>
        <translation>Teks%1</translation>
    </message>
    <message>
        <source>Number%1</source>
        <translation>Angka%1</translation>
    </message>
    <message>
        <source>Date%1</source>
        <translation>Tanggal%1</translation>
    </message>
    <message>
        <source>Flag%1</source>
        <translation>Penanda%1</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Task: %1</source>
        <translation>Tugas: %1</translation>
    </message>
    <message>
        <source>Hours (40h) or days (5d) of all the task&apos;s resources</source>
        <translation>Jam (40h) atau hari (5d) dari semua sumber daya tugas</translation>
    </message>
    <message>
        <source>All the task&apos;s resources&apos; units together, e.g. 150%</source>
        <translation>Unit semua sumber daya tugas bersama-sama, mis. 150%</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>% complete</source>
        <translation>% selesai</translation>
    </message>
    <message>
        <source>Leveling delays lower priorities first; 1000: never delayed by leveling.</source>
        <translation>Perataan menunda prioritas yang lebih rendah lebih dulu; 1000: tidak pernah ditunda oleh perataan.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Terjadwal</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Umum</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Jeda</translation>
    </message>
    <message>
        <source>Predecessors</source>
        <translation>Pendahulu</translation>
    </message>
    <message>
        <source>Designer[50%], Tester</source>
        <translation>Desainer[50%], Penguji</translation>
    </message>
    <message>
        <source>Resource names</source>
        <translation>Nama sumber daya</translation>
    </message>
    <message>
        <source>Known: %1</source>
        <translation>Sudah ada: %1</translation>
    </message>
    <message>
        <source>A new name creates a resource.</source>
        <translation>Nama baru membuat sumber daya baru.</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Sumber daya</translation>
    </message>
    <message>
        <source>Plan calendar</source>
        <translation>Kalender rencana</translation>
    </message>
    <message>
        <source>Scheduling ignores resource calendars</source>
        <translation>Penjadwalan mengabaikan kalender sumber daya</translation>
    </message>
    <message>
        <source>Schedule on the task&apos;s calendar even where its resources&apos; calendars say they are not working.</source>
        <translation>Jadwalkan menurut kalender tugas meskipun kalender sumber dayanya menyatakan mereka tidak bekerja.</translation>
    </message>
    <message>
        <source>Manually scheduled</source>
        <translation>Dijadwalkan manual</translation>
    </message>
    <message>
        <source>Fixed Units</source>
        <translation>Unit Tetap</translation>
    </message>
    <message>
        <source>Fixed Duration</source>
        <translation>Durasi Tetap</translation>
    </message>
    <message>
        <source>Fixed Work</source>
        <translation>Pekerjaan Tetap</translation>
    </message>
    <message>
        <source>Effort driven</source>
        <translation>Berbasis upaya</translation>
    </message>
    <message>
        <source>Keep the work when resources are added or removed: more people, a shorter task.</source>
        <translation>Pertahankan pekerjaan saat sumber daya ditambah atau dikurangi: lebih banyak orang, tugas lebih singkat.</translation>
    </message>
    <message>
        <source>Leveling can split this task</source>
        <translation>Perataan boleh memecah tugas ini</translation>
    </message>
    <message>
        <source>Leveling may pause this task&apos;s remaining work where its resources are busy.</source>
        <translation>Perataan boleh menjeda sisa pekerjaan tugas ini saat sumber dayanya sedang sibuk.</translation>
    </message>
    <message>
        <source>Leveling can delay its assignments one by one</source>
        <translation>Perataan boleh menunda penugasannya satu per satu</translation>
    </message>
    <message>
        <source>Leveling may start each resource when it has room instead of all together (never on a fixed-duration task).</source>
        <translation>Perataan boleh memulai setiap sumber daya saat ia punya waktu luang, bukan semuanya bersamaan (tidak pernah pada tugas berdurasi tetap).</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Prorated</source>
        <translation>Prorata</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Akhir</translation>
    </message>
    <message>
        <source>Task type</source>
        <translation>Jenis tugas</translation>
    </message>
    <message>
        <source>Fixed cost accrual</source>
        <translation>Akrual biaya tetap</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>Batasan</translation>
    </message>
    <message>
        <source>Constraint date</source>
        <translation>Tanggal batasan</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Automatic (milestones and top-level summaries)</source>
        <translation>Otomatis (tonggak dan ringkasan tingkat atas)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Show on timeline</source>
        <translation>Tampilkan di linimasa</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Lanjutan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Estimates</source>
        <translation>Estimasi</translation>
    </message>
</context>
<context>
    <name>TaskFields</name>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Triangular</source>
        <translation>Segitiga</translation>
    </message>
    <message>
        <source>Uniform</source>
        <translation>Seragam</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Tetap</translation>
    </message>
    <message>
        <source>% Complete</source>
        <translation>% Selesai</translation>
    </message>
    <message>
        <source>Physical % Complete</source>
        <translation>% Selesai Fisik</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Prorated</source>
        <translation>Prorata</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Akhir</translation>
    </message>
    <message>
        <source>Fixed Units</source>
        <translation>Unit Tetap</translation>
    </message>
    <message>
        <source>Fixed Duration</source>
        <translation>Durasi Tetap</translation>
    </message>
    <message>
        <source>Fixed Work</source>
        <translation>Pekerjaan Tetap</translation>
    </message>
</context>
<context>
    <name>TaskIndicators</name>
    <message>
        <source>Constraint: %1%2.</source>
        <translation>Batasan: %1%2.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Catatan: %1</translation>
    </message>
    <message>
        <source>Split: the work pauses %1 time(s), %2 in all.</source>
        <translation>Terpisah: pekerjaan berhenti %1 kali, total %2.</translation>
    </message>
    <message>
        <source>Work contour: %1.</source>
        <translation>Kontur kerja: %1.</translation>
    </message>
    <message>
        <source>Finishes on %1, after its deadline %2.</source>
        <translation>Selesai pada %1, setelah tenggatnya %2.</translation>
    </message>
    <message>
        <source>Late: %1% complete where %2% was planned by the status date %3.</source>
        <translation>Terlambat: selesai %1% padahal direncanakan %2% pada tanggal status %3.</translation>
    </message>
</context>
<context>
    <name>TaskTableView</name>
    <message>
        <source>Insert column...</source>
        <translation>Sisipkan kolom...</translation>
    </message>
    <message>
        <source>Hide column</source>
        <translation>Sembunyikan kolom</translation>
    </message>
    <message>
        <source>Sort ascending</source>
        <translation>Urutkan naik</translation>
    </message>
    <message>
        <source>Sort descending</source>
        <translation>Urutkan turun</translation>
    </message>
    <message>
        <source>Plan order (by ID)</source>
        <translation>Urutan rencana (menurut ID)</translation>
    </message>
</context>
<context>
    <name>TaskTreeModel</name>
    <message>
        <source>Type a date, or press Escape.</source>
        <translation>Ketik tanggal, atau tekan Escape.</translation>
    </message>
</context>
<context>
    <name>TaskUsageModel</name>
    <message>
        <source>Task Name</source>
        <translation>Nama Tugas</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Kerja</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>The resource is over-allocated while this assignment works.</source>
        <translation>Sumber daya kelebihan alokasi selama penugasan ini berjalan.</translation>
    </message>
</context>
<context>
    <name>TaskUsagePane</name>
    <message>
        <source>Each task with its assignments; red where the resource is over-allocated while the assignment works</source>
        <translation>Setiap tugas dengan penugasannya; merah bila sumber daya kelebihan alokasi selama penugasan berjalan</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>New task</source>
        <translation>Tugas baru</translation>
    </message>
</context>
<context>
    <name>Timescale</name>
    <message>
        <source>Week %1</source>
        <translation>Minggu %1</translation>
    </message>
    <message>
        <source>W%1</source>
        <translation>M%1</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>K%1</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>%1-an</translation>
    </message>
</context>
<context>
    <name>TornadoChart</name>
    <message>
        <source>No task varies: give tasks three-point estimates</source>
        <translation>Tidak ada tugas yang bervariasi: beri tugas estimasi tiga titik</translation>
    </message>
    <message>
        <source>Correlation of the task&apos;s duration with the project finish</source>
        <translation>Korelasi durasi tugas dengan tanggal selesai proyek</translation>
    </message>
    <message>
        <source>What drives the finish</source>
        <translation>Apa yang menentukan tanggal selesai</translation>
    </message>
</context>
<context>
    <name>UpdateProject</name>
    <message>
        <source>The date cannot be before the project start.</source>
        <translation>Tanggal tidak boleh sebelum awal proyek.</translation>
    </message>
</context>
<context>
    <name>UpdateProjectDialog</name>
    <message>
        <source>Update Project</source>
        <translation>Perbarui Proyek</translation>
    </message>
    <message>
        <source>&amp;Update work as complete through:</source>
        <translation>&amp;Tandai pekerjaan selesai sampai:</translation>
    </message>
    <message>
        <source>&amp;Reschedule uncompleted work to start after:</source>
        <translation>&amp;Jadwalkan ulang pekerjaan yang belum selesai mulai setelah:</translation>
    </message>
    <message>
        <source>Set 0% - 100% &amp;complete</source>
        <translation>Atur 0% - 100% &amp;selesai</translation>
    </message>
    <message>
        <source>Set 0% or 100% complete &amp;only</source>
        <translation>Hanya atur 0% atau 100% sel&amp;esai</translation>
    </message>
    <message>
        <source>&amp;Entire project</source>
        <translation>Seluruh &amp;proyek</translation>
    </message>
    <message>
        <source>&amp;Selected tasks</source>
        <translation>Tugas yang &amp;dipilih</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Untuk:</translation>
    </message>
</context>
<context>
    <name>UpdateTasksDialog</name>
    <message>
        <source>Update Tasks</source>
        <translation>Perbarui Tugas</translation>
    </message>
    <message>
        <source>% &amp;Complete</source>
        <translation>% &amp;Selesai</translation>
    </message>
    <message>
        <source>Actual &amp;duration</source>
        <translation>&amp;Durasi aktual</translation>
    </message>
    <message>
        <source>&amp;Remaining duration</source>
        <translation>Durasi &amp;tersisa</translation>
    </message>
    <message>
        <source>Actual &amp;start</source>
        <translation>&amp;Mulai aktual</translation>
    </message>
    <message>
        <source>Actual &amp;finish</source>
        <translation>Se&amp;lesai aktual</translation>
    </message>
    <message>
        <source>Task: {name}</source>
        <translation>Tugas: {name}</translation>
    </message>
    <message>
        <source>{count} tasks selected</source>
        <translation>{count} tugas dipilih</translation>
    </message>
    <message>
        <source>e.g. 2026-03-02</source>
        <translation>mis. 2026-03-02</translation>
    </message>
</context>
<context>
    <name>UsageGrid</name>
    <message>
        <source>Load within max. units</source>
        <translation>Beban dalam batas unit maks.</translation>
    </message>
    <message>
        <source>Over-allocated (red figures)</source>
        <translation>Kelebihan alokasi (angka merah)</translation>
    </message>
    <message>
        <source>Max. units</source>
        <translation>Unit maks.</translation>
    </message>
    <message>
        <source>%1h</source>
        <translation>%1j</translation>
    </message>
    <message>
        <source>max %1 · %2 · %n task(s)</source>
        <translation>maks %1 · %2 · %n tugas</translation>
    </message>
    <message>
        <source>material resource</source>
        <translation>sumber daya material</translation>
    </message>
    <message>
        <source>cost resource</source>
        <translation>sumber daya biaya</translation>
    </message>
    <message>
        <source>day</source>
        <translation>hari</translation>
    </message>
    <message>
        <source>week</source>
        <translation>minggu</translation>
    </message>
    <message>
        <source>month</source>
        <translation>bulan</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>kuartal</translation>
    </message>
    <message>
        <source>peak units per %1</source>
        <translation>unit puncak per %1</translation>
    </message>
    <message>
        <source>cost per %1</source>
        <translation>biaya per %1</translation>
    </message>
    <message>
        <source>Not working on %1</source>
        <translation>Tidak bekerja pada %1</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>minggu %1</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Biaya: %1</translation>
    </message>
    <message>
        <source>%1, %2: %3 for %4</source>
        <translation>%1, %2: %3 untuk %4</translation>
    </message>
    <message>
        <source>%1, %2: %3, peak %4, average %5 of max. %6</source>
        <translation>%1, %2: %3, puncak %4, rata-rata %5 dari maks. %6</translation>
    </message>
    <message>
        <source>Over-allocated on %1</source>
        <translation>Kelebihan alokasi pada %1</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Sumber daya</translation>
    </message>
</context>
<context>
    <name>WorkContour</name>
    <message>
        <source>Flat</source>
        <translation>Datar</translation>
    </message>
    <message>
        <source>Back Loaded</source>
        <translation>Berat di belakang</translation>
    </message>
    <message>
        <source>Front Loaded</source>
        <translation>Berat di depan</translation>
    </message>
    <message>
        <source>Double Peak</source>
        <translation>Dua puncak</translation>
    </message>
    <message>
        <source>Early Peak</source>
        <translation>Puncak awal</translation>
    </message>
    <message>
        <source>Late Peak</source>
        <translation>Puncak akhir</translation>
    </message>
    <message>
        <source>Bell</source>
        <translation>Lonceng</translation>
    </message>
    <message>
        <source>Turtle</source>
        <translation>Kura-kura</translation>
    </message>
    <message>
        <source>Contoured</source>
        <translation>Berkontur</translation>
    </message>
</context>
<context>
    <name>WorkWeekEditor</name>
    <message>
        <source>As the base calendar</source>
        <translation>Sama dengan kalender dasar</translation>
    </message>
    <message>
        <source>Non-working</source>
        <translation>Libur</translation>
    </message>
    <message>
        <source>Working times:</source>
        <translation>Jam kerja:</translation>
    </message>
    <message>
        <source>08:00-12:00, 13:00-17:00</source>
        <translation>08:00-12:00, 13:00-17:00</translation>
    </message>
    <message>
        <source>Working times of %1</source>
        <translation>Jam kerja %1</translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message>
        <source>Roadmap</source>
        <translation>Peta jalan</translation>
    </message>
    <message>
        <source>Strategy canvas</source>
        <translation>Kanvas strategi</translation>
    </message>
    <message>
        <source>P&amp;&amp;L</source>
        <translation>Laba rugi</translation>
    </message>
    <message>
        <source>Gantt</source>
        <translation>Gantt</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Sumber daya</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Lini masa</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyek</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>pemakaian: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumen posisi</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opsi</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>tampilkan pesan bantuan ini lalu keluar</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>tampilkan nomor versi program lalu keluar</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: galat: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>argumen berikut wajib diisi: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumen tidak dikenal: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>membutuhkan satu argumen</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumen %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>pilihan tidak sah: %(value)r (pilih dari %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>nilai %(type)s tidak sah: %(value)r</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>tidak boleh bersama argumen %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>salah satu argumen %s wajib diisi</translation>
    </message>
</context>
<context>
    <name>pmdesk</name>
    <message>
        <source>This is the windowed pmdesk, which cannot print; run the command with the console program beside it: {0}</source>
        <translation>Ini pmdesk versi jendela, yang tidak dapat mencetak ke terminal; jalankan perintah dengan program konsol di sebelahnya: {0}</translation>
    </message>
    <message>
        <source>pmdesk: handed over to the pmdesk already running.</source>
        <translation>pmdesk: diserahkan ke pmdesk yang sudah berjalan.</translation>
    </message>
</context>
</TS>
