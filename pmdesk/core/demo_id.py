"""The demo plan for Indonesian teams (`pmdesk demo --lang id`): the same launch as
``pmdesk.core.demo``, with its names in Bahasa Indonesia, people and rates of a Jakarta team,
national holidays, and a P&L in rupiah (IDR)."""

from __future__ import annotations

from datetime import date

from pmdesk.core.demo_project import add_holidays
from pmdesk.core.entities import CalendarException
from pmdesk.core.plandata import PlanData

PLAN_NAME = "Peluncuran Aurora 2.0"

NAMES = {
    # Summary tasks
    "Project management": "Manajemen proyek",
    "Discovery": "Penemuan",
    "Design": "Desain",
    "Platform": "Platform",
    "Clients": "Aplikasi klien",
    "Quality": "Mutu",
    "Go to market": "Persiapan pasar",
    "Operations": "Operasional",
    # Tasks and milestones
    "Kickoff": "Rapat pembukaan",
    "Project charter and plan": "Piagam dan rencana proyek",
    "Steering and status reporting": "Rapat pengarah dan laporan status",
    "Lessons learned": "Pelajaran yang dipetik",
    "Customer interviews": "Wawancara pelanggan",
    "Competitive analysis": "Analisis pesaing",
    "Problem definition": "Perumusan masalah",
    "Discovery complete": "Penemuan selesai",
    "UX research synthesis": "Sintesis riset UX",
    "Wireframes": "Wireframe",
    "Visual design": "Desain visual",
    "Design system update": "Pembaruan sistem desain",
    "Usability testing": "Uji kegunaan",
    "Design sign-off": "Persetujuan desain",
    "Architecture spike": "Uji coba arsitektur",
    "Data model and migrations": "Model data dan migrasi",
    "API v2 endpoints": "Endpoint API v2",
    "Authentication and permissions": "Autentikasi dan hak akses",
    "Sync engine": "Mesin sinkronisasi",
    "Performance tuning": "Penyetelan kinerja",
    "Platform ready": "Platform siap",
    "Web app shell": "Kerangka aplikasi web",
    "Planning board UI": "Antarmuka papan perencanaan",
    "Reporting dashboard": "Dasbor laporan",
    "Mobile companion app": "Aplikasi pendamping seluler",
    "Offline mode": "Mode luring",
    "Accessibility pass": "Pemeriksaan aksesibilitas",
    "Feature complete": "Fitur lengkap",
    "Test plan": "Rencana pengujian",
    "Automated regression suite": "Rangkaian uji regresi otomatis",
    "Security review": "Tinjauan keamanan",
    "Load testing": "Uji beban",
    "Beta programme": "Program beta",
    "Bug bash": "Perburuan bug",
    "Release candidate": "Kandidat rilis",
    "Positioning and messaging": "Positioning dan pesan",
    "Pricing study": "Kajian harga",
    "Website refresh": "Penyegaran situs web",
    "Launch content": "Konten peluncuran",
    "Sales enablement": "Pembekalan tim penjualan",
    "Press briefing": "Jumpa pers",
    "Partner webinars": "Webinar mitra",
    "Launch event": "Acara peluncuran",
    "Support playbook": "Panduan layanan dukungan",
    "Documentation and help centre": "Dokumentasi dan pusat bantuan",
    "Billing integration": "Integrasi penagihan",
    "Monitoring and alerting": "Pemantauan dan peringatan",
    "Go-live readiness review": "Tinjauan kesiapan go-live",
    "General availability": "Rilis umum",
    "Hypercare support": "Pendampingan pascarilis",
    # Roadmap lanes and items
    "Planning experience": "Pengalaman perencanaan",
    "Collaboration": "Kolaborasi",
    "Platform and reliability": "Platform dan keandalan",
    "Growth": "Pertumbuhan",
    "Planning board": "Papan perencanaan",
    "Offline planning": "Perencanaan luring",
    "Portfolio view": "Tampilan portofolio",
    "Shared plans with comments": "Rencana bersama dengan komentar",
    "Mobile companion": "Pendamping seluler",
    "Live co-editing": "Penyuntingan bersama langsung",
    "Self-hosted server": "Server mandiri",
    "Public launch": "Peluncuran publik",
    "Pricing and packaging": "Harga dan paket",
    "Partner programme": "Program mitra",
    "Referral rewards": "Hadiah referensi",
    # Strategy canvas
    "Spreadsheet": "Spreadsheet",
    "Cloud PM suite": "Aplikasi PM awan",
    "Price": "Harga",
    "Setup effort": "Usaha penyiapan",
    "Works offline": "Bekerja luring",
    "Scheduling depth": "Kedalaman penjadwalan",
    "Roadmap and strategy": "Peta jalan dan strategi",
    "Real-time collaboration": "Kolaborasi waktu nyata",
    "Reporting": "Pelaporan",
    "Data ownership": "Kepemilikan data",
    "Learning curve": "Kurva belajar",
    "Sync-folder providers": "Penyedia folder sinkron",
    "PM training firms": "Lembaga pelatihan PM",
    "Desktop releases": "Rilis desktop",
    "Open-source community": "Komunitas sumber terbuka",
    "File format": "Format berkas",
    "One plan for product and project": "Satu rencana untuk produk dan proyek",
    "Offline, your file": "Luring, berkas Anda",
    "Self-serve": "Layanan mandiri",
    "Community forum": "Forum komunitas",
    "Website": "Situs web",
    "Package managers": "Pengelola paket",
    "Partners": "Mitra",
    "Product managers": "Manajer produk",
    "Project managers": "Manajer proyek",
    "Small PMOs": "PMO kecil",
    "Engineering": "Rekayasa",
    "Support": "Dukungan",
    "Scheduling engine": "Mesin penjadwalan",
    "Pro licence": "Lisensi Pro",
    "Support contracts": "Kontrak dukungan",
    # P&L
    "Base": "Dasar",
    "Optimistic": "Optimistis",
    "Pessimistic": "Pesimistis",
    "Pro subscriptions": "Langganan Pro",
    "Training workshops": "Lokakarya pelatihan",
    "Hosting and sync relays": "Hosting dan relai sinkronisasi",
    "Payment fees": "Biaya pembayaran",
    "Delivery team (from resources)": "Tim pelaksana (dari sumber daya)",
    "Support staff": "Staf dukungan",
    "Marketing programmes": "Program pemasaran",
    "Launch campaign": "Kampanye peluncuran",
    "Build servers and licences": "Server build dan lisensi",
    # Calendar
    "Standard": "Standar",
    # Risk register
    "App store review rejects the mobile app": "Peninjauan toko aplikasi menolak aplikasi seluler",
    "Sync conflicts need a redesign": "Konflik sinkronisasi memerlukan desain ulang",
    "Penetration test finds a critical issue": "Uji penetrasi menemukan masalah kritis",
    "Key designer unavailable in December": "Desainer utama tidak tersedia pada bulan Desember",
}

# English resource name -> (Indonesian name with role, group, rate and overtime rate in IDR per hour)
PEOPLE = {
    "Priya Nair (Product Manager)": ("Putri Lestari (Manajer Produk)", "Produk", 350_000, 350_000),
    "Tom Becker (Project Manager)": ("Budi Santoso (Manajer Proyek)", "PMO", 325_000, 325_000),
    "Lena Horvat (UX Designer)": ("Dewi Anggraini (Desainer UX)", "Desain", 250_000, 300_000),
    "Marco Rossi (Frontend Developer)": (
        "Rizky Pratama (Pengembang Frontend)",
        "Rekayasa",
        275_000,
        340_000,
    ),
    "Aiko Tanaka (Backend Developer)": (
        "Agus Setiawan (Pengembang Backend)",
        "Rekayasa",
        300_000,
        375_000,
    ),
    "Sam Okafor (QA Engineer)": ("Siti Rahmawati (Insinyur QA)", "Rekayasa", 200_000, 250_000),
    "Julia Weiss (Marketing Lead)": (
        "Maya Kusuma (Kepala Pemasaran)",
        "Pemasaran",
        225_000,
        225_000,
    ),
    "Noah Fischer (Technical Writer)": (
        "Andi Wijaya (Penulis Teknis)",
        "Operasional",
        175_000,
        210_000,
    ),
}

# P&L line -> its parameters in rupiah (a market priced for Indonesian teams).
PNL_PARAMETERS = {
    "Pro subscriptions": {"units": 400, "unit_growth": 0.16, "price": 750_000.0},
    "Support contracts": {"amount": 30_000_000.0, "growth": 0.08},
    "Training workshops": {"amount": 25_000_000.0},
    "Hosting and sync relays": {"amount": 12_000_000.0, "growth": 0.10},
    "Payment fees": {"units": 400, "unit_growth": 0.16, "price": 22_500.0},
    "Support staff": {"amount": 90_000_000.0},
    "Marketing programmes": {"amount": 60_000_000.0},
    "Launch campaign": {"amount": 250_000_000.0, "period": 2},
    "Build servers and licences": {"amount": 150_000_000.0, "period": 0},
}

# National holidays in the plan's span, as the holidays package names them for Indonesia
# (Idul Fitri's dates are the estimate published in advance).
HOLIDAYS = [
    ("Hari Raya Natal", date(2026, 12, 25), date(2026, 12, 25), "yearly"),
    ("Tahun Baru Masehi", date(2027, 1, 1), date(2027, 1, 1), "yearly"),
    ("Isra Mikraj Nabi Muhammad", date(2027, 1, 5), date(2027, 1, 5), None),
    ("Hari Suci Nyepi", date(2027, 3, 8), date(2027, 3, 8), None),
    ("Hari Raya Idul Fitri", date(2027, 3, 10), date(2027, 3, 11), None),
    ("Wafat Yesus Kristus", date(2027, 3, 26), date(2027, 3, 26), None),
]


def to_indonesian(data: PlanData) -> None:
    """Turn the English demo plan in ``data`` into the Indonesian one, in place."""
    plan = data.plan
    plan.name = PLAN_NAME
    plan.currency = "IDR"
    for kind in (
        data.tasks,
        data.roadmap_lanes,
        data.roadmap_items,
        data.canvas_offerings,
        data.canvas_factors,
        data.pnl_scenarios,
        data.calendars,
        data.risks,
    ):
        for entity in kind.values():
            attr = "title" if hasattr(entity, "title") else "name"
            setattr(entity, attr, NAMES.get(getattr(entity, attr), getattr(entity, attr)))
    for item in data.roadmap_items.values():
        if item.description:
            item.description = f"{item.title}: lihat pekerjaan terkait di ruang kerja proyek."
    for note in data.canvas_notes.values():
        note.text = NAMES.get(note.text, note.text)
    for line in data.pnl_lines.values():
        if line.name in PNL_PARAMETERS:
            line.parameters = dict(PNL_PARAMETERS[line.name])
        line.name = NAMES.get(line.name, line.name)
    for resource in data.resources.values():
        name, group, rate, overtime = PEOPLE.get(
            resource.name,
            (resource.name, resource.group, resource.standard_rate, resource.overtime_rate),
        )
        resource.name, resource.group = name, group
        resource.standard_rate, resource.overtime_rate = float(rate), float(overtime)
    for task in data.tasks.values():
        if task.notes:
            task.notes = (
                "Rapat komite pengarah dua mingguan; laporan status mingguan "
                "kepada pemangku kepentingan."
            )
    for exception in list(data.calendar_exceptions.values()):
        data.remove(CalendarException, exception.id)
    calendar_id = plan.default_calendar_id
    if calendar_id is None:  # the demo always has its standard calendar
        return
    add_holidays(data, calendar_id, HOLIDAYS)
