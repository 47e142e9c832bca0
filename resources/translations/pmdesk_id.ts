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
    <name>CanvasWorkspace</name>
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
        <source>Cannot export</source>
        <translation>Tidak dapat mengekspor</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>pmdesk plans and project files</source>
        <translation>Rencana pmdesk dan berkas proyek</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Impor dibatalkan.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Ekspor dibatalkan.</translation>
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
    <name>LinkDialog</name>
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
</context>
<context>
    <name>RiskDatesModel</name>
    <message>
        <source>Task or roadmap item</source>
        <translation>Tugas atau butir peta jalan</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Rencana</translation>
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
        <source>%1 d</source>
        <translation>%1 hr</translation>
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
        <translation>Kemajuan</translation>
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
        <translation>Sejak</translation>
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
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Hours (40h) or days (5d) of all the task&apos;s resources</source>
        <translation>Jam (40h) atau hari (5d) dari semua sumber daya tugas</translation>
    </message>
    <message>
        <source>All the task&apos;s resources&apos; units together, e.g. 150%</source>
        <translation>Unit semua sumber daya tugas bersama-sama, mis. 150%</translation>
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
        <source>Leveling delays lower priorities first; 1000: never delayed by leveling.</source>
        <translation>Perataan menunda prioritas yang lebih rendah lebih dulu; 1000: tidak pernah ditunda oleh perataan.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
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
        <source>Estimates</source>
        <translation>Estimasi</translation>
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
        <source>peak units per %1</source>
        <translation>unit puncak per %1</translation>
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
