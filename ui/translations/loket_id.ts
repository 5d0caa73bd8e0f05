<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AccountForm</name>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Ulangi kata sandi</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>The user name must be 2–64 characters: small letters, digits, dot, dash or underscore.</source>
        <translation>Nama pengguna harus 2–64 karakter: huruf kecil, angka, titik, tanda hubung atau garis bawah.</translation>
    </message>
    <message>
        <source>This user name is already taken.</source>
        <translation>Nama pengguna ini sudah dipakai.</translation>
    </message>
    <message>
        <source>The password must have at least 10 characters.</source>
        <translation>Kata sandi minimal 10 karakter.</translation>
    </message>
    <message>
        <source>This password is too easy to guess (a common word, a run of keys, a name or a date); choose a longer one, for example three unrelated words.</source>
        <translation>Kata sandi ini terlalu mudah ditebak (kata umum, deretan tombol, nama atau tanggal); pilih yang lebih panjang, misalnya tiga kata yang tidak saling berhubungan.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
    <message>
        <source>The account could not be created.</source>
        <translation>Akun tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>This account is locked after too many failed sign-ins. An administrator can unlock it under Settings → Staff accounts.</source>
        <translation>Akun ini dikunci karena terlalu banyak percobaan masuk yang gagal. Administrator dapat membukanya di Pengaturan → Akun petugas.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: wait {seconds} s before trying again.</source>
        <translation>Terlalu banyak percobaan masuk yang gagal: tunggu {seconds} detik sebelum mencoba lagi.</translation>
    </message>
    <message>
        <source>Wrong user name or password, or the account is disabled.</source>
        <translation>Nama pengguna atau kata sandi salah, atau akun dinonaktifkan.</translation>
    </message>
    <message>
        <source>The next attempt is possible in {seconds} s.</source>
        <translation>Percobaan berikutnya dapat dilakukan dalam {seconds} detik.</translation>
    </message>
</context>
<context>
    <name>AttendanceSheet</name>
    <message>
        <source>ATTENDANCE SHEET — PRE-DEPARTURE ORIENTATION (OPP)</source>
        <translation>DAFTAR HADIR ORIENTASI PRA-PEMBERANGKATAN (OPP)</translation>
    </message>
    <message>
        <source>Session code</source>
        <translation>Kode sesi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Penyelenggara</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Lesson hours</source>
        <translation>Jam pelajaran</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapasitas</translation>
    </message>
    <message>
        <source>Session status</source>
        <translation>Status sesi</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Dicetak</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>No. pendaftaran</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Jam hadir</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Tanda tangan</translation>
    </message>
    <message>
        <source>Present: %1 of %2 enrolled.</source>
        <translation>Hadir: %1 dari %2 peserta terdaftar.</translation>
    </message>
    <message>
        <source>Officer in charge,</source>
        <translation>Petugas,</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Halaman %1 dari %2</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Izin</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Dibuka</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
</context>
<context>
    <name>AttentionPanel</name>
    <message>
        <source>Records the central service refused or that were changed elsewhere at the same time. They stay saved on this PC until you decide.</source>
        <translation>Rekaman yang ditolak server pusat atau diubah di tempat lain pada saat yang sama. Rekaman tetap tersimpan di PC ini sampai Anda memutuskan.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekaman</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>No. pendaftaran</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Open and fix</source>
        <translation>Buka dan perbaiki</translation>
    </message>
    <message>
        <source>Send again as it is</source>
        <translation>Kirim ulang apa adanya</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Tarik…</translation>
    </message>
    <message>
        <source>Compare and choose…</source>
        <translation>Bandingkan dan pilih…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Changed on the central service too (version %1).</source>
        <translation>Juga diubah di server pusat (versi %1).</translation>
    </message>
    <message>
        <source>The central service refused this record:</source>
        <translation>Server pusat menolak rekaman ini:</translation>
    </message>
    <message>
        <source>Saved; the corrected record is queued to send.</source>
        <translation>Tersimpan; rekaman yang diperbaiki diantrekan untuk dikirim.</translation>
    </message>
    <message>
        <source>%1 is queued to send again.</source>
        <translation>%1 diantrekan untuk dikirim ulang.</translation>
    </message>
    <message>
        <source>Withdraw record</source>
        <translation>Tarik rekaman</translation>
    </message>
    <message>
        <source>Withdraw %1 from this PC? The central service never accepted it. The audit log keeps its content.</source>
        <translation>Tarik %1 dari PC ini? Server pusat tidak pernah menerimanya. Catatan audit tetap menyimpan isinya.</translation>
    </message>
    <message>
        <source>It cannot be withdrawn: OPP attendance records use it.</source>
        <translation>Tidak dapat ditarik: catatan kehadiran OPP memakainya.</translation>
    </message>
    <message>
        <source>It cannot be withdrawn yet: it was sent without an answer. Sync first.</source>
        <translation>Belum dapat ditarik: sudah dikirim tanpa jawaban. Sinkronkan dulu.</translation>
    </message>
    <message>
        <source>It cannot be withdrawn: the central service holds a version of it.</source>
        <translation>Tidak dapat ditarik: server pusat memegang satu versinya.</translation>
    </message>
    <message>
        <source>%1 was withdrawn from this PC.</source>
        <translation>%1 sudah ditarik dari PC ini.</translation>
    </message>
    <message>
        <source>Conflict resolved; the chosen values are queued to send.</source>
        <translation>Konflik selesai; nilai yang dipilih diantrekan untuk dikirim.</translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <source>CPMI {number} — {name}</source>
        <translation>CPMI {number} — {name}</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Print receipt again (Ctrl+P)</source>
        <translation>Cetak ulang tanda terima (Ctrl+P)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>This record has changes that are not saved.</source>
        <translation>Data ini memiliki perubahan yang belum disimpan.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Buang perubahan</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Lanjut mengedit</translation>
    </message>
</context>
<context>
    <name>CandidateFields</name>
    <message>
        <source>— choose —</source>
        <translation>— pilih —</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identitas</translation>
    </message>
    <message>
        <source>16 digits, as on the KTP</source>
        <translation>16 digit, sesuai KTP</translation>
    </message>
    <message>
        <source>Family card (KK) no.</source>
        <translation>Nomor Kartu Keluarga (KK)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>as on the KTP</source>
        <translation>sesuai KTP</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>DD-MM-YYYY</source>
        <translation>HH-BB-TTTT</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Agama</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>Status perkawinan</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Pendidikan</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Street, RT/RW</source>
        <translation>Jalan/kampung, RT/RW</translation>
    </message>
    <message>
        <source>e.g. Kp. Cibeureum RT 01/02</source>
        <translation>mis. Kp. Cibeureum RT 01/02</translation>
    </message>
    <message>
        <source>Family contact</source>
        <translation>Kontak keluarga (ahli waris)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <source>e.g. husband, mother</source>
        <translation>mis. suami, ibu</translation>
    </message>
    <message>
        <source>Placement plan</source>
        <translation>Rencana penempatan</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Skema</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>name or code, e.g. MY</source>
        <translation>nama atau kode, mis. MY</translation>
    </message>
    <message>
        <source>Destination country</source>
        <translation>Negara tujuan</translation>
    </message>
    <message>
        <source>name or licence number</source>
        <translation>nama atau nomor izin</translation>
    </message>
    <message>
        <source>Placement company (P3MI)</source>
        <translation>Perusahaan penempatan (P3MI)</translation>
    </message>
    <message>
        <source>Job position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Pemberi kerja</translation>
    </message>
    <message>
        <source>Documents received</source>
        <translation>Dokumen yang diterima</translation>
    </message>
    <message>
        <source>Alt+number ticks a document; Alt+D ticks those needed to register.</source>
        <translation>Alt+angka mencentang satu dokumen; Alt+D mencentang dokumen wajib pendaftaran.</translation>
    </message>
    <message>
        <source>Islam</source>
        <translation>Islam</translation>
    </message>
    <message>
        <source>Protestant Christian</source>
        <translation>Kristen</translation>
    </message>
    <message>
        <source>Catholic</source>
        <translation>Katolik</translation>
    </message>
    <message>
        <source>Hindu</source>
        <translation>Hindu</translation>
    </message>
    <message>
        <source>Buddhist</source>
        <translation>Buddha</translation>
    </message>
    <message>
        <source>Confucian (Khonghucu)</source>
        <translation>Khonghucu</translation>
    </message>
    <message>
        <source>Traditional belief</source>
        <translation>Kepercayaan terhadap Tuhan YME</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>CandidateForm</name>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Simpan (Ctrl+S)</translation>
    </message>
    <message>
        <source>New (Ctrl+N)</source>
        <translation>Baru (Ctrl+N)</translation>
    </message>
    <message>
        <source>You are signed in with a read-only account: nothing can be saved.</source>
        <translation>Anda masuk dengan akun hanya-baca: tidak ada yang dapat disimpan.</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>Buka data</translation>
    </message>
    <message>
        <source>female</source>
        <translation>perempuan</translation>
    </message>
    <message>
        <source>male</source>
        <translation>laki-laki</translation>
    </message>
    <message>
        <source>From the NIK: born {date}, {sex}, issued in {region}</source>
        <translation>Menurut NIK: lahir {date}, {sex}, diterbitkan di {region}</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Belum disimpan: perbaiki isian yang bertanda merah.</translation>
    </message>
    <message>
        <source>Check the warnings in amber, then press Save again to save anyway.</source>
        <translation>Periksa peringatan berwarna jingga, lalu tekan Simpan sekali lagi untuk tetap menyimpan.</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this record meanwhile. Close it and open it again.</source>
        <translation>Belum disimpan: data ini baru saja diubah orang lain. Tutup lalu buka kembali.</translation>
    </message>
    <message>
        <source>Saved. Registration number: {number}</source>
        <translation>Tersimpan. Nomor pendaftaran: {number}</translation>
    </message>
    <message>
        <source>Changes saved ({number}).</source>
        <translation>Perubahan tersimpan ({number}).</translation>
    </message>
</context>
<context>
    <name>CandidateListPage</name>
    <message>
        <source>Search by NIK, name or registration number</source>
        <translation>Cari NIK, nama atau nomor pendaftaran</translation>
    </message>
    <message>
        <source>Print receipt (Ctrl+P)</source>
        <translation>Cetak tanda terima (Ctrl+P)</translation>
    </message>
    <message>
        <source>Status: all</source>
        <translation>Status: semua</translation>
    </message>
    <message>
        <source>Destination: all</source>
        <translation>Tujuan: semua</translation>
    </message>
    <message>
        <source>Sync: all</source>
        <translation>Sinkronisasi: semua</translation>
    </message>
    <message>
        <source>Documents complete</source>
        <translation>Dokumen lengkap</translation>
    </message>
    <message>
        <source>Documents missing</source>
        <translation>Dokumen belum lengkap</translation>
    </message>
    <message>
        <source>Documents: all</source>
        <translation>Dokumen: semua</translation>
    </message>
    <message>
        <source>Search failed: {reason}</source>
        <translation>Pencarian gagal: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n CPMI</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <source>Sync</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
</context>
<context>
    <name>CheckinPanel</name>
    <message>
        <source>Scan the QR code, or type NIK / registration no., then Enter</source>
        <translation>Pindai kode QR, atau ketik NIK / no. pendaftaran, lalu Enter</translation>
    </message>
    <message>
        <source>Enrol as walk-in and check in (F2)</source>
        <translation>Daftarkan langsung dan catat hadir (F2)</translation>
    </message>
    <message>
        <source>Undo my last check-in (F9)</source>
        <translation>Batalkan catatan hadir terakhir saya (F9)</translation>
    </message>
    <message>
        <source>Close session…</source>
        <translation>Tutup sesi…</translation>
    </message>
    <message>
        <source>Reopen session</source>
        <translation>Buka kembali sesi</translation>
    </message>
    <message>
        <source>Last check-ins:</source>
        <translation>Kehadiran terakhir:</translation>
    </message>
    <message>
        <source>Present {present} / enrolled {enrolled} · {capacity} seats</source>
        <translation>Hadir {present} / terdaftar {enrolled} · {capacity} kursi</translation>
    </message>
    <message>
        <source>{who}
check-in undone</source>
        <translation>{who}
catatan hadir dibatalkan</translation>
    </message>
    <message>
        <source>{who}
already sent to the central service: mark it in the roster instead</source>
        <translation>{who}
sudah terkirim ke server pusat: ubah lewat daftar peserta</translation>
    </message>
    <message>
        <source>You have no check-in to undo in this session.</source>
        <translation>Tidak ada catatan hadir Anda yang dapat dibatalkan di sesi ini.</translation>
    </message>
    <message>
        <source>Close session</source>
        <translation>Tutup sesi</translation>
    </message>
    <message numerus="yes">
        <source>Close {code}? Check-in stops; %n person(s) not checked in become absent.</source>
        <translation>
            <numerusform>Tutup {code}? Pencatatan hadir berhenti; %n peserta yang belum hadir dicatat tidak hadir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Session closed; %n person(s) recorded as absent.</source>
        <translation>
            <numerusform>Sesi ditutup; %n peserta dicatat tidak hadir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Session reopened: check-in works again.</source>
        <translation>Sesi dibuka kembali: pencatatan hadir berjalan lagi.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Conflict: %1</source>
        <translation>Konflik: %1</translation>
    </message>
    <message>
        <source>Another PC of the office changed this record on the central service (version %1) while it was changed here. Choose for each field which value to keep; the result is sent as a change based on the central service's version.</source>
        <translation>PC lain di kantor ini mengubah rekaman ini di server pusat (versi %1) ketika rekaman juga diubah di sini. Pilih nilai yang dipakai untuk setiap isian; hasilnya dikirim sebagai perubahan berdasarkan versi server pusat.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>PC ini</translation>
    </message>
    <message>
        <source>Central service</source>
        <translation>Server pusat</translation>
    </message>
    <message>
        <source>Fields that are the same on both sides: %1</source>
        <translation>Isian yang sama di kedua sisi: %1</translation>
    </message>
    <message>
        <source>Keep all mine</source>
        <translation>Pakai semua milik PC ini</translation>
    </message>
    <message>
        <source>Take all theirs</source>
        <translation>Ambil semua dari server</translation>
    </message>
    <message>
        <source>Save choice</source>
        <translation>Simpan pilihan</translation>
    </message>
</context>
<context>
    <name>ConnectionPanel</name>
    <message>
        <source>Enrolment of this PC</source>
        <translation>Pendaftaran PC ini</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nama perangkat</translation>
    </message>
    <message>
        <source>Enrolled since</source>
        <translation>Terdaftar sejak</translation>
    </message>
    <message>
        <source>Central service</source>
        <translation>Server pusat</translation>
    </message>
    <message>
        <source>Only an administrator can connect this PC to a central service.</source>
        <translation>Hanya administrator yang dapat menghubungkan PC ini ke server pusat.</translation>
    </message>
    <message>
        <source>Connect to the central service</source>
        <translation>Hubungkan ke server pusat</translation>
    </message>
    <message>
        <source>single-use code from the central operator</source>
        <translation>kode sekali pakai dari operator pusat</translation>
    </message>
    <message>
        <source>Central service address</source>
        <translation>Alamat server pusat</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Kode pendaftaran</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tes koneksi</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Hubungkan</translation>
    </message>
    <message>
        <source>Not enrolled yet</source>
        <translation>Belum terdaftar</translation>
    </message>
    <message>
        <source>Enrol again</source>
        <translation>Daftarkan ulang</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Menguji %1…</translation>
    </message>
    <message>
        <source>No answer from a central service at this address. Check the address and the network.</source>
        <translation>Tidak ada jawaban server pusat di alamat ini. Periksa alamat dan jaringan.</translation>
    </message>
    <message>
        <source>Reachable: the central service answers. This PC is enrolled with office %1 (%2).</source>
        <translation>Terjangkau: server pusat menjawab. PC ini terdaftar di kantor %1 (%2).</translation>
    </message>
    <message>
        <source>Reachable: the central service answers. Enter the enrolment code and connect.</source>
        <translation>Terjangkau: server pusat menjawab. Masukkan kode pendaftaran lalu hubungkan.</translation>
    </message>
    <message>
        <source>Enter the enrolment code and a device name.</source>
        <translation>Masukkan kode pendaftaran dan nama perangkat.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Menghubungkan…</translation>
    </message>
    <message>
        <source>This PC is now enrolled with office %1 (%2). Sync starts now.</source>
        <translation>PC ini kini terdaftar di kantor %1 (%2). Sinkronisasi dimulai sekarang.</translation>
    </message>
    <message>
        <source>This address cannot be used: use https://, or http:// only for this computer.</source>
        <translation>Alamat ini tidak dapat dipakai: gunakan https://, atau http:// hanya untuk komputer ini.</translation>
    </message>
    <message>
        <source>The enrolment code was refused (wrong, expired or already used). Ask the central operator for a new one.</source>
        <translation>Kode pendaftaran ditolak (salah, kedaluwarsa, atau sudah dipakai). Minta kode baru ke operator pusat.</translation>
    </message>
    <message>
        <source>The central service cannot be reached at this address. Check the address and the network.</source>
        <translation>Server pusat tidak dapat dihubungi di alamat ini. Periksa alamat dan jaringan.</translation>
    </message>
    <message>
        <source>Something went wrong; the details are in the log.</source>
        <translation>Terjadi kesalahan; rinciannya ada di log.</translation>
    </message>
</context>
<context>
    <name>DemoBar</name>
    <message>
        <source>DEMO MODE</source>
        <translation>MODE DEMO</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Sample data only. Demo central service: {url}. Sign in again as {user} / {password}.</source>
        <translation>Hanya data contoh. Layanan pusat demo: {url}. Masuk kembali sebagai {user} / {password}.</translation>
    </message>
    <message>
        <source>Cut or restore this PC's network to the demo central service ({shortcut})</source>
        <translation>Putuskan atau sambungkan kembali jaringan PC ini ke layanan pusat demo ({shortcut})</translation>
    </message>
    <message>
        <source>Network: on — click to cut</source>
        <translation>Jaringan: tersambung — klik untuk memutus</translation>
    </message>
    <message>
        <source>Network: off — click to restore</source>
        <translation>Jaringan: terputus — klik untuk menyambung</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <source>Encrypting the database… This takes a few seconds; do not turn off the computer.</source>
        <translation>Mengenkripsi basis data… Ini memerlukan beberapa detik; jangan matikan komputer.</translation>
    </message>
    <message>
        <source>Loket PMI</source>
        <translation>Loket PMI</translation>
    </message>
    <message>
        <source>The database could not be encrypted; it stays as it was and nothing is lost. Loket PMI tries again the next time an administrator signs in.</source>
        <translation>Basis data tidak dapat dienkripsi; basis data tetap seperti semula dan tidak ada yang hilang. Loket PMI mencoba lagi saat administrator masuk berikutnya.</translation>
    </message>
</context>
<context>
    <name>EnrolmentPanel</name>
    <message>
        <source>Find candidates by NIK, name or registration number</source>
        <translation>Cari CPMI dengan NIK, nama, atau nomor pendaftaran</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>No. pendaftaran</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Enrol selected (Enter)</source>
        <translation>Daftarkan yang dipilih (Enter)</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Prasyarat</translation>
    </message>
    <message>
        <source>Remove (Del)</source>
        <translation>Hapus (Del)</translation>
    </message>
    <message>
        <source>Absent (F7)</source>
        <translation>Tidak hadir (F7)</translation>
    </message>
    <message>
        <source>Excused (F8)</source>
        <translation>Izin (F8)</translation>
    </message>
    <message>
        <source>Enrolled {enrolled} of {capacity} seats</source>
        <translation>Terdaftar {enrolled} dari {capacity} kursi</translation>
    </message>
    <message>
        <source>This session is closed or cancelled: no more enrolments.</source>
        <translation>Sesi ini sudah ditutup atau dibatalkan: tidak bisa menambah peserta.</translation>
    </message>
    <message>
        <source>Kept, because attendance is already recorded: {names}</source>
        <translation>Tidak dihapus karena kehadirannya sudah dicatat: {names}</translation>
    </message>
    <message>
        <source>Enrolment removed.</source>
        <translation>Peserta dihapus dari sesi.</translation>
    </message>
    <message>
        <source>Already checked in, not changed (undo the check-in first): {names}</source>
        <translation>Sudah hadir, tidak diubah (batalkan dulu catatan hadirnya): {names}</translation>
    </message>
</context>
<context>
    <name>FileText</name>
    <message>
        <source>File {detail} was not found.</source>
        <translation>Berkas {detail} tidak ditemukan.</translation>
    </message>
    <message>
        <source>File type {detail} is not supported; use .csv or .xlsx.</source>
        <translation>Jenis berkas {detail} tidak didukung; gunakan .csv atau .xlsx.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Berkas kosong.</translation>
    </message>
    <message>
        <source>The file is not CSV text (it contains binary data). Save it again as UTF-8 CSV or .xlsx.</source>
        <translation>Berkas bukan teks CSV (berisi data biner). Simpan ulang sebagai CSV UTF-8 atau .xlsx.</translation>
    </message>
    <message>
        <source>The CSV file is not UTF-8 encoded. Save it again as "CSV UTF-8".</source>
        <translation>Berkas CSV tidak berenkode UTF-8. Simpan ulang sebagai "CSV UTF-8".</translation>
    </message>
    <message>
        <source>The first line must hold the column names.</source>
        <translation>Baris pertama harus berisi nama kolom.</translation>
    </message>
    <message>
        <source>The CSV file is broken ({detail}).</source>
        <translation>Berkas CSV rusak ({detail}).</translation>
    </message>
    <message>
        <source>The .xlsx file is broken or not an Excel workbook.</source>
        <translation>Berkas .xlsx rusak atau bukan lembar kerja Excel.</translation>
    </message>
    <message>
        <source>Unknown column: {detail}. Fix the column name; no row was imported.</source>
        <translation>Kolom tidak dikenal: {detail}. Perbaiki nama kolom; tidak ada baris yang diimpor.</translation>
    </message>
    <message>
        <source>Required columns are missing: {detail}. No row was imported.</source>
        <translation>Kolom wajib tidak ada: {detail}. Tidak ada baris yang diimpor.</translation>
    </message>
    <message>
        <source>The file could not be read to the end.</source>
        <translation>Berkas tidak dapat dibaca sampai selesai.</translation>
    </message>
    <message>
        <source>Line {detail} of the file is longer than any real row (over 32 MB without a line end); nothing was imported. Check that this is the right file, saved as CSV.</source>
        <translation>Baris {detail} berkas lebih panjang dari baris data mana pun (lebih dari 32 MB tanpa akhir baris); tidak ada yang diimpor. Periksa bahwa ini berkas yang benar, disimpan sebagai CSV.</translation>
    </message>
    <message>
        <source>The .xlsx file would expand to {detail} or is compressed beyond any real workbook; nothing was imported. Save the sheet again, or as CSV.</source>
        <translation>Berkas .xlsx akan mengembang menjadi {detail} atau dimampatkan melebihi lembar kerja mana pun; tidak ada yang diimpor. Simpan ulang lembarnya, atau sebagai CSV.</translation>
    </message>
    <message>
        <source>The file cannot be imported ({detail}).</source>
        <translation>Berkas tidak dapat diimpor ({detail}).</translation>
    </message>
    <message>
        <source>File {detail} cannot be written. Choose another folder, or close the file if it is open in another program.</source>
        <translation>Berkas {detail} tidak dapat ditulis. Pilih folder lain, atau tutup berkas itu bila sedang dibuka di program lain.</translation>
    </message>
    <message>
        <source>The file cannot be written ({detail}).</source>
        <translation>Berkas tidak dapat ditulis ({detail}).</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Loket PMI — first start</source>
        <translation>Loket PMI — penggunaan pertama</translation>
    </message>
    <message>
        <source>Welcome. No staff account exists on this computer yet. Create the administrator account; it can add the other staff later.</source>
        <translation>Selamat datang. Belum ada akun petugas di komputer ini. Buat akun administrator; administrator dapat menambahkan petugas lain nanti.</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>Buat administrator</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Perubahan</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <source>less than a minute left</source>
        <translation>sisa kurang dari semenit</translation>
    </message>
    <message>
        <source>about {minutes} min left</source>
        <translation>sisa sekitar {minutes} menit</translation>
    </message>
    <message>
        <source>{rows} rows read</source>
        <translation>{rows} baris dibaca</translation>
    </message>
    <message>
        <source>{rows} of about {total} rows ({percent} %)</source>
        <translation>{rows} dari sekitar {total} baris ({percent} %)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Registered</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Terverifikasi</translation>
    </message>
    <message>
        <source>OPP scheduled</source>
        <translation>OPP dijadwalkan</translation>
    </message>
    <message>
        <source>OPP completed</source>
        <translation>OPP selesai</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>Berangkat</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Mengundurkan diri</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Menunggu dikirim</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Perlu ditangani</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Ditahan</translation>
    </message>
    <message>
        <source>P to P (placement company)</source>
        <translation>P to P (perusahaan penempatan)</translation>
    </message>
    <message>
        <source>G to G (government)</source>
        <translation>G to G (antarpemerintah)</translation>
    </message>
    <message>
        <source>G to P</source>
        <translation>G to P</translation>
    </message>
    <message>
        <source>UKPS (own employer)</source>
        <translation>UKPS (kepentingan perusahaan sendiri)</translation>
    </message>
    <message>
        <source>Individual (mandiri)</source>
        <translation>Mandiri (perseorangan)</translation>
    </message>
    <message>
        <source>Formal</source>
        <translation>Formal</translation>
    </message>
    <message>
        <source>Informal</source>
        <translation>Informal</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Single</source>
        <translation>Belum kawin</translation>
    </message>
    <message>
        <source>Married</source>
        <translation>Kawin</translation>
    </message>
    <message>
        <source>Divorced</source>
        <translation>Cerai hidup</translation>
    </message>
    <message>
        <source>Widowed</source>
        <translation>Cerai mati</translation>
    </message>
    <message>
        <source>No schooling</source>
        <translation>Tidak sekolah</translation>
    </message>
    <message>
        <source>Primary school (SD)</source>
        <translation>SD</translation>
    </message>
    <message>
        <source>Junior high (SMP)</source>
        <translation>SMP</translation>
    </message>
    <message>
        <source>Senior high (SMA/SMK)</source>
        <translation>SMA/SMK</translation>
    </message>
    <message>
        <source>Identity card (KTP)</source>
        <translation>KTP</translation>
    </message>
    <message>
        <source>Family card (KK)</source>
        <translation>Kartu Keluarga (KK)</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>Akta kelahiran</translation>
    </message>
    <message>
        <source>School certificate (ijazah)</source>
        <translation>Ijazah</translation>
    </message>
    <message>
        <source>Family permission letter</source>
        <translation>Surat izin keluarga</translation>
    </message>
    <message>
        <source>Marital status certificate</source>
        <translation>Surat keterangan status perkawinan</translation>
    </message>
    <message>
        <source>Health certificate</source>
        <translation>Surat keterangan sehat</translation>
    </message>
    <message>
        <source>Competency certificate</source>
        <translation>Sertifikat kompetensi</translation>
    </message>
    <message>
        <source>Job-seeker card (AK/I)</source>
        <translation>Kartu pencari kerja (AK/I)</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Paspor</translation>
    </message>
    <message>
        <source>Work visa</source>
        <translation>Visa kerja</translation>
    </message>
    <message>
        <source>Placement agreement</source>
        <translation>Perjanjian penempatan</translation>
    </message>
    <message>
        <source>Employment contract</source>
        <translation>Perjanjian kerja</translation>
    </message>
    <message>
        <source>BPJS Ketenagakerjaan</source>
        <translation>BPJS Ketenagakerjaan</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Viewer (read only)</source>
        <translation>Peninjau (hanya baca)</translation>
    </message>
    <message>
        <source>New registration</source>
        <translation>Pendaftaran baru</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <source>Received from the centre</source>
        <translation>Diterima dari pusat</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Diselesaikan</translation>
    </message>
    <message>
        <source>Merged with another desk's version</source>
        <translation>Digabung dengan versi dari meja lain</translation>
    </message>
    <message>
        <source>Family card no.</source>
        <translation>Nomor KK</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Agama</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>Status perkawinan</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Pendidikan</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Desa/kelurahan</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Family contact</source>
        <translation>Kontak keluarga (ahli waris)</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <source>Family contact phone</source>
        <translation>Telepon keluarga</translation>
    </message>
    <message>
        <source>Placement scheme</source>
        <translation>Skema penempatan</translation>
    </message>
    <message>
        <source>Destination country</source>
        <translation>Negara tujuan</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Job position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Pemberi kerja</translation>
    </message>
    <message>
        <source>Placement company</source>
        <translation>Perusahaan penempatan (P3MI)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>Nomor pendaftaran</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>Waktu pendaftaran</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>Didaftarkan oleh</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Loket PMI — CPMI registration</source>
        <translation>Loket PMI — pendaftaran CPMI</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Pendaftaran</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Daftar CPMI</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>OPP</source>
        <translation>OPP</translation>
    </message>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>Masuk sebagai: {name} ({role})</translation>
    </message>
</context>
<context>
    <name>Opp</name>
    <message>
        <source>Planned</source>
        <translation>Terencana</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Berjalan</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Izin</translation>
    </message>
    <message>
        <source>Missing: {documents}</source>
        <translation>Belum ada: {documents}</translation>
    </message>
    <message>
        <source>{who}
present {time}</source>
        <translation>{who}
hadir {time}</translation>
    </message>
    <message>
        <source>{who}
already checked in at {time} by {by}</source>
        <translation>{who}
sudah hadir pukul {time}, dicatat oleh {by}</translation>
    </message>
    <message>
        <source>Unknown code: not a NIK or registration number registered here</source>
        <translation>Kode tidak dikenal: bukan NIK atau nomor pendaftaran yang terdaftar di sini</translation>
    </message>
    <message>
        <source>Check-in has stopped: the session is {status}</source>
        <translation>Pencatatan hadir berhenti: sesi {status}</translation>
    </message>
    <message>
        <source>{who}
not checked in: the session is full ({capacity} seats)</source>
        <translation>{who}
tidak dicatat: sesi penuh ({capacity} kursi)</translation>
    </message>
    <message>
        <source>{who}
is enrolled in session {codes}, not in this one</source>
        <translation>{who}
terdaftar di sesi {codes}, bukan di sesi ini</translation>
    </message>
    <message>
        <source>{who}
is not enrolled in this session</source>
        <translation>{who}
tidak terdaftar di sesi ini</translation>
    </message>
    <message>
        <source>{who}
is not enrolled, and no seat is left for a walk-in</source>
        <translation>{who}
tidak terdaftar, dan tidak ada kursi tersisa untuk pendaftaran langsung</translation>
    </message>
    <message>
        <source>{who}: enrolled</source>
        <translation>{who}: terdaftar</translation>
    </message>
    <message>
        <source>{who}: already enrolled</source>
        <translation>{who}: sudah terdaftar</translation>
    </message>
    <message>
        <source>{who}: unknown</source>
        <translation>{who}: tidak dikenal</translation>
    </message>
    <message>
        <source>{who}: refused, the candidate has withdrawn</source>
        <translation>{who}: ditolak, CPMI sudah mengundurkan diri</translation>
    </message>
    <message>
        <source>{who}: refused, the session is full</source>
        <translation>{who}: ditolak, sesi penuh</translation>
    </message>
    <message>
        <source>also enrolled in {codes}</source>
        <translation>juga terdaftar di {codes}</translation>
    </message>
</context>
<context>
    <name>OppPage</name>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sesi</translation>
    </message>
    <message>
        <source>&amp;Enrolment</source>
        <translation>&amp;Peserta</translation>
    </message>
    <message>
        <source>Check-&amp;in</source>
        <translation>&amp;Kehadiran</translation>
    </message>
    <message>
        <source>Session: {code} — {title}</source>
        <translation>Sesi: {code} — {title}</translation>
    </message>
    <message>
        <source>Choose a session in the list, or make a new one.</source>
        <translation>Pilih sesi di daftar, atau buat sesi baru.</translation>
    </message>
</context>
<context>
    <name>PasswordBox</name>
    <message>
        <source>My password</source>
        <translation>Kata sandi saya</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Ganti kata sandi saya</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Kata sandi sekarang</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Kata sandi baru</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Ulangi kata sandi baru</translation>
    </message>
    <message>
        <source>Your password is changed. Use the new one from now on.</source>
        <translation>Kata sandi Anda sudah diganti. Mulai sekarang gunakan yang baru.</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Folder berkas</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Pintasan</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tidak diketahui</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Pilih semua</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Naikkan</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Turunkan</translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <source>False</source>
        <translation>Salah</translation>
    </message>
    <message>
        <source>Open the combo box selection popup</source>
        <translation>Buka daftar pilihan</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Benar</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>What's This?</source>
        <translation>Apa ini?</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Folder tidak ditemukan.
Periksa apakah nama folder sudah benar.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Berkas tidak ditemukan.
Periksa apakah nama berkas sudah benar.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 sudah ada.
Ganti dengan yang baru?</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Pilih</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Cari di:</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Folder baru</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Ganti nama</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>'%1' dilindungi dari penulisan.
Tetap hapus?</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Yakin ingin menghapus '%1'?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Tampilkan rincian</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Tampilkan sebagai daftar</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Folder tidak dapat dihapus.</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Buat folder baru</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Buat folder baru</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Tampilan rincian</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nama berkas:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Jenis berkas:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Cari folder</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Ke folder induk</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Tampilan daftar</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Daftar tempat dan penanda</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Folder baru</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Folder induk</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Tempat terakhir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Simpan sebagai</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Tampilkan </translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Tampilkan berkas &amp;tersembunyi</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Panel samping</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>Komputer</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Tanggal diubah</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Komputer saya</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Tutup tanpa menyimpan</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>T&amp;empel</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih semua</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>About Qt</source>
        <translation>Tentang Qt</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Sembunyikan rincian...</translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation>Tampilkan rincian...</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Cicero (CC)</source>
        <translation>Cicero (CC)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Khusus</translation>
    </message>
    <message>
        <source>DD</source>
        <translation>DD</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation>Didot (DD)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulir</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Tinggi:</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Inci (in)</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Mendatar</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Margin</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Milimeter (mm)</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientasi</translation>
    </message>
    <message>
        <source>Page &amp;order:</source>
        <translation>&amp;Urutan halaman:</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Tata letak halaman</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Ukuran halaman:</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>Halaman &amp;per lembar:</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Sumber kertas:</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation>Pica (P̸)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Poin (pt)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Tegak</translation>
    </message>
    <message>
        <source>P̸</source>
        <translation>P̸</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Mendatar terbalik</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Tegak terbalik</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Lebar:</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>margin bawah</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>margin kiri</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>pt</source>
        <translation>pt</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>margin kanan</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>margin atas</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>T&amp;idak untuk semua</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atur ulang</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Kembalikan bawaan</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Simpan semua</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ya untuk &amp;semua</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 sudah ada.
Timpa berkas itu?</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 tidak sesuai format. Pisahkan halaman dan rentang dengan ',', tulis rentang dengan '-', dan pastikan rentang tidak saling tumpang tindih.</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 adalah folder.
Pilih nama berkas lain.</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Opsi &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Opsi &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Cetak</translation>
    </message>
    <message>
        <source>1 (1x1)</source>
        <translation>1 (1x1)</translation>
    </message>
    <message>
        <source>16 (4x4)</source>
        <translation>16 (4x4)</translation>
    </message>
    <message>
        <source>2 (2x1)</source>
        <translation>2 (2x1)</translation>
    </message>
    <message>
        <source>4 (2x2)</source>
        <translation>4 (2x2)</translation>
    </message>
    <message>
        <source>6 (2x3)</source>
        <translation>6 (2x3)</translation>
    </message>
    <message>
        <source>9 (3x3)</source>
        <translation>9 (3x3)</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Semua halaman</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Bawah ke atas, kiri ke kanan</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Bawah ke atas, kanan ke kiri</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>Pengaturan bolak-balik bertentangan</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Halaman genap</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>Berkas %1 tidak dapat ditulis.
Pilih nama berkas lain.</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>Halaman tidak valid</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>Kiri ke kanan, bawah ke atas</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>Kiri ke kanan, atas ke bawah</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Berkas lokal</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Halaman ganjil</translation>
    </message>
    <message>
        <source>Options 'Pages Per Sheet' and 'Page Set' cannot be used together.
Please turn one of those options off.</source>
        <translation>Opsi 'Halaman per lembar' dan 'Kumpulan halaman' tidak dapat dipakai bersamaan.
Matikan salah satunya.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>Cetak ke berkas ...</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Cetak ke berkas (PDF)</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>Kanan ke kiri, bawah ke atas</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>Kanan ke kiri, atas ke bawah</translation>
    </message>
    <message>
        <source>The 'From' value cannot be greater than the 'To' value.</source>
        <translation>Nilai 'Dari' tidak boleh lebih besar dari nilai 'Sampai'.</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>Pengaturan cetak bolak-balik bertentangan. Perbaiki sekarang?</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Atas ke bawah, kiri ke kanan</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Atas ke bawah, kanan ke kiri</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Tulis berkas PDF</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Advanced Option Conflicts</source>
        <translation>Opsi lanjutan bertentangan</translation>
    </message>
    <message>
        <source>Custom value for %1</source>
        <translation>Nilai khusus untuk %1</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>Opsi pekerjaan</translation>
    </message>
    <message>
        <source>Page Setup Conflicts</source>
        <translation>Pengaturan halaman bertentangan</translation>
    </message>
    <message>
        <source>Printer Properties</source>
        <translation>Properti printer</translation>
    </message>
    <message>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>Opsi pengaturan halaman bertentangan. Perbaiki sekarang?</translation>
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>Beberapa opsi lanjutan bertentangan. Perbaiki sekarang?</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Collate</source>
        <translation>Susun</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Warna</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Mode warna</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Salinan</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Salinan:</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Halaman ini</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Cetak bolak-balik</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulir</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Skala abu-abu</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Jilid sisi panjang</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Mati</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opsi</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Pengaturan keluaran</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>&amp;Kumpulan halaman:</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Halaman dari</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Cetak semua</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Rentang cetak</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Urutan terbalik</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Pilihan</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Jilid sisi pendek</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Tulis halaman atau rentang dipisahkan koma. Rentang ditulis dengan dua angka dipisahkan tanda hubung. Mis.: 3,5-7,9 mencetak halaman 3, 5, 6, 7 dan 9.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulir</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Lokasi:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>&amp;Berkas keluaran:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>P&amp;roperti</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Jenis:</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>T&amp;empel</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Salin &amp;alamat tautan</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih semua</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Clerk</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>The labour office checks your documents and verifies the registration.</source>
        <translation>Dinas tenaga kerja memeriksa dokumen Anda dan memverifikasi pendaftaran.</translation>
    </message>
    <message>
        <source>Bring the missing documents when you are asked: {documents}.</source>
        <translation>Bawa dokumen yang belum ada saat diminta: {documents}.</translation>
    </message>
    <message>
        <source>All documents needed for the pre-departure orientation are recorded.</source>
        <translation>Semua dokumen yang diperlukan untuk orientasi pra pemberangkatan sudah tercatat.</translation>
    </message>
    <message>
        <source>You will be invited to the pre-departure orientation (OPP); bring this receipt.</source>
        <translation>Anda akan diundang ke orientasi pra pemberangkatan (OPP); bawa tanda terima ini.</translation>
    </message>
    <message>
        <source>Registration receipt — prospective migrant worker (CPMI)</source>
        <translation>Tanda terima pendaftaran — calon Pekerja Migran Indonesia (CPMI)</translation>
    </message>
    <message>
        <source>Labour office</source>
        <translation>Dinas tenaga kerja</translation>
    </message>
    <message>
        <source>Documents received:</source>
        <translation>Dokumen diterima:</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Langkah selanjutnya</translation>
    </message>
    <message>
        <source>Keep this receipt. Show the registration number or the QR code at every visit.</source>
        <translation>Simpan tanda terima ini. Tunjukkan nomor pendaftaran atau kode QR setiap kali datang.</translation>
    </message>
    <message>
        <source>Printed by Loket PMI on {time}. The record is sent to the central system when this computer is online.</source>
        <translation>Dicetak oleh Loket PMI pada {time}. Data dikirim ke sistem pusat saat komputer ini terhubung.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Loket PMI — recovery key</source>
        <translation>Loket PMI — kunci pemulihan</translation>
    </message>
    <message>
        <source>The database on this computer is now encrypted. If every password is forgotten, only this recovery key can open it. It is shown only this once.</source>
        <translation>Basis data di komputer ini kini terenkripsi. Jika semua kata sandi terlupa, hanya kunci pemulihan ini yang dapat membukanya. Kunci ini hanya ditampilkan sekali ini.</translation>
    </message>
    <message>
        <source>Write it down or print it, and give it to the head of office to keep locked away. Whoever has this key and a copy of the data folder can read every record.</source>
        <translation>Tulis atau cetak kunci ini, lalu serahkan kepada kepala kantor untuk disimpan di tempat terkunci. Siapa pun yang memegang kunci ini dan salinan folder data dapat membaca semua data.</translation>
    </message>
    <message>
        <source>I have written down the recovery key and given it to the head of office</source>
        <translation>Saya sudah mencatat kunci pemulihan dan menyerahkannya kepada kepala kantor</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Folder data: {folder}</translation>
    </message>
    <message>
        <source>Made on {date}</source>
        <translation>Dibuat pada {date}</translation>
    </message>
    <message>
        <source>Keep this page locked away. It opens the encrypted database if every password is forgotten (loket keys recover).</source>
        <translation>Simpan lembar ini di tempat terkunci. Lembar ini membuka basis data terenkripsi jika semua kata sandi terlupa (loket keys recover).</translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>Regency / city</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Desa/kelurahan</translation>
    </message>
</context>
<context>
    <name>RegistrationPage</name>
    <message>
        <source>Print receipt (Ctrl+P)</source>
        <translation>Cetak tanda terima (Ctrl+P)</translation>
    </message>
    <message>
        <source>Receipt as PDF</source>
        <translation>Tanda terima sebagai PDF</translation>
    </message>
    <message>
        <source>Receipt of {number} ({name}): print it now.</source>
        <translation>Tanda terima {number} ({name}): cetak sekarang.</translation>
    </message>
    <message>
        <source>The receipt of {number} can be printed again from the candidate list.</source>
        <translation>Tanda terima {number} dapat dicetak ulang dari daftar CPMI.</translation>
    </message>
    <message>
        <source>Writing the receipt…</source>
        <translation>Membuat tanda terima…</translation>
    </message>
    <message>
        <source>Receipt saved: {path}</source>
        <translation>Tanda terima disimpan: {path}</translation>
    </message>
    <message>
        <source>Receipt saved: {path} (open it to print)</source>
        <translation>Tanda terima disimpan: {path} (buka untuk mencetak)</translation>
    </message>
    <message>
        <source>The receipt could not be written to {path}. Check the folder and the free disk space.</source>
        <translation>Tanda terima tidak dapat ditulis ke {path}. Periksa folder dan ruang disk yang tersisa.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>“{text}” is not in the list: nothing chosen</source>
        <translation>“{text}” tidak ada dalam daftar: belum dipilih</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>— choose —</source>
        <translation>— pilih —</translation>
    </message>
    <message>
        <source>Save session (Ctrl+S)</source>
        <translation>Simpan sesi (Ctrl+S)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Penyelenggara</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Starts (local time)</source>
        <translation>Mulai (waktu setempat)</translation>
    </message>
    <message>
        <source>Ends (local time)</source>
        <translation>Selesai (waktu setempat)</translation>
    </message>
    <message>
        <source>Lesson hours</source>
        <translation>Jam pelajaran</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Kapasitas kursi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Sesi baru</translation>
    </message>
    <message>
        <source>Session {code}</source>
        <translation>Sesi {code}</translation>
    </message>
    <message>
        <source>Code: another session already uses this code.</source>
        <translation>Kode: kode ini sudah dipakai sesi lain.</translation>
    </message>
    <message>
        <source>Someone changed this session meanwhile; it was reloaded. Check and save again.</source>
        <translation>Sesi ini diubah orang lain sementara itu; data dimuat ulang. Periksa lalu simpan lagi.</translation>
    </message>
    <message>
        <source>Only an administrator can reopen a closed or cancelled session.</source>
        <translation>Hanya administrator yang dapat membuka kembali sesi yang ditutup atau dibatalkan.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Akan datang</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Semua sesi</translation>
    </message>
    <message>
        <source>New session (Ctrl+N)</source>
        <translation>Sesi baru (Ctrl+N)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Present / enrolled / seats</source>
        <translation>Hadir / terdaftar / kursi</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Tampilkan:</translation>
    </message>
    <message>
        <source>No session in this list.</source>
        <translation>Tidak ada sesi di daftar ini.</translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message>
        <source>Loket PMI — set password</source>
        <translation>Loket PMI — atur kata sandi</translation>
    </message>
    <message>
        <source>New password for {name}:</source>
        <translation>Kata sandi baru untuk {name}:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Kata sandi baru</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Ulangi kata sandi baru</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Atur kata sandi</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>This computer</source>
        <translation>Komputer ini</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— pilih —</translation>
    </message>
    <message>
        <source>Interface language (from the next start)</source>
        <translation>Bahasa tampilan (berlaku saat dibuka lagi)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> menit</translation>
    </message>
    <message>
        <source>never</source>
        <translation>tidak pernah</translation>
    </message>
    <message>
        <source>Lock the screen after inactivity</source>
        <translation>Kunci layar bila tidak ada kegiatan</translation>
    </message>
    <message>
        <source>Office name (receipts, until this PC is enrolled)</source>
        <translation>Nama kantor (tanda terima, sampai PC ini terdaftar)</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Folder data</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Simpan pengaturan</translation>
    </message>
    <message>
        <source>Add staff account</source>
        <translation>Tambah akun petugas</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>Atur kata sandi…</translation>
    </message>
    <message>
        <source>Give the selected account a new password</source>
        <translation>Beri akun yang dipilih kata sandi baru</translation>
    </message>
    <message>
        <source>Unlock sign-in</source>
        <translation>Buka kunci masuk</translation>
    </message>
    <message>
        <source>Lift the lock of the selected account after too many failed sign-ins</source>
        <translation>Buka kunci akun terpilih yang terkunci karena terlalu banyak percobaan masuk yang gagal</translation>
    </message>
    <message>
        <source>Only an administrator can manage staff accounts and the screen lock.</source>
        <translation>Hanya administrator yang dapat mengelola akun petugas dan kunci layar.</translation>
    </message>
    <message>
        <source>e.g. Disnaker Kabupaten Serang</source>
        <translation>mis. Disnaker Kabupaten Serang</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Akun petugas</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Akun baru</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>locked (failed sign-ins)</source>
        <translation>terkunci (gagal masuk)</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Pengaturan tersimpan.</translation>
    </message>
    <message>
        <source>Account {name} has a new password; it opens the database with it.</source>
        <translation>Akun {name} punya kata sandi baru; akun itu membuka basis data dengannya.</translation>
    </message>
    <message>
        <source>Account {name} can sign in again.</source>
        <translation>Akun {name} dapat masuk lagi.</translation>
    </message>
    <message>
        <source>Account {name} was not locked.</source>
        <translation>Akun {name} tidak terkunci.</translation>
    </message>
    <message>
        <source>Account {name} created.</source>
        <translation>Akun {name} telah dibuat.</translation>
    </message>
</context>
<context>
    <name>SheetActions</name>
    <message>
        <source>Print attendance sheet…</source>
        <translation>Cetak daftar hadir…</translation>
    </message>
    <message>
        <source>Save attendance sheet as PDF…</source>
        <translation>Simpan daftar hadir sebagai PDF…</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Daftar hadir</translation>
    </message>
    <message>
        <source>The session no longer exists.</source>
        <translation>Sesi ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>Loket PMI (this PC is not enrolled with an office)</source>
        <translation>Loket PMI (PC belum terdaftar di kantor)</translation>
    </message>
    <message>
        <source>Print the attendance sheet of {code}</source>
        <translation>Cetak daftar hadir sesi {code}</translation>
    </message>
    <message>
        <source>attendance-sheet-{code}.pdf</source>
        <translation>daftar-hadir-{code}.pdf</translation>
    </message>
    <message>
        <source>Save the attendance sheet</source>
        <translation>Simpan daftar hadir</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>The attendance sheet (%n page(s)) was saved to {path}.</source>
        <translation>
            <numerusform>Daftar hadir (%n halaman) disimpan ke {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance sheet saved</source>
        <translation>Daftar hadir disimpan</translation>
    </message>
    <message>
        <source>File {path} cannot be written. Choose another folder or name.</source>
        <translation>Berkas {path} tidak dapat ditulis. Pilih folder atau nama lain.</translation>
    </message>
    <message>
        <source>The attendance sheet could not be written ({reason}); the details are in the log.</source>
        <translation>Daftar hadir tidak dapat ditulis ({reason}); rinciannya ada di log.</translation>
    </message>
    <message>
        <source>Attendance sheet not saved</source>
        <translation>Daftar hadir tidak disimpan</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Loket PMI — sign in</source>
        <translation>Loket PMI — masuk</translation>
    </message>
    <message>
        <source>Loket PMI — locked</source>
        <translation>Loket PMI — terkunci</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>The screen was locked after a period without activity. Enter your password.</source>
        <translation>Layar terkunci karena tidak ada kegiatan. Masukkan kata sandi Anda.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The database file {path} cannot be opened: it is damaged or not a Loket PMI database.</source>
        <translation>Berkas basis data {path} tidak dapat dibuka: berkas rusak atau bukan basis data Loket PMI.</translation>
    </message>
    <message>
        <source>The latest backup is {backup}. Close Loket PMI, keep a copy of the damaged file, and copy the backup in its place as loket.db.</source>
        <translation>Cadangan terakhir: {backup}. Tutup Loket PMI, simpan salinan berkas yang rusak, lalu salin cadangan tersebut ke tempatnya dengan nama loket.db.</translation>
    </message>
    <message>
        <source>No backup was found in {folder}. Ask your administrator for help.</source>
        <translation>Tidak ada cadangan di {folder}. Mintalah bantuan administrator.</translation>
    </message>
    <message>
        <source>The database {path} is encrypted, but its key file {keys} is missing.</source>
        <translation>Basis data {path} terenkripsi, tetapi berkas kuncinya {keys} tidak ada.</translation>
    </message>
    <message>
        <source>The database {path} is encrypted, but its key file {keys} is damaged.</source>
        <translation>Basis data {path} terenkripsi, tetapi berkas kuncinya {keys} rusak.</translation>
    </message>
    <message>
        <source>Loket PMI</source>
        <translation>Loket PMI</translation>
    </message>
    <message>
        <source>Without it nobody can open the database. Close Loket PMI and put back a copy of loket.keys.json from the same time as the database, or ask your administrator.</source>
        <translation>Tanpa berkas itu tidak ada yang dapat membuka basis data. Tutup Loket PMI dan kembalikan salinan loket.keys.json dari waktu yang sama dengan basis data, atau minta bantuan administrator.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Sync now</source>
        <translation>Sinkronkan sekarang</translation>
    </message>
    <message>
        <source>Send waiting records and fetch the office's records now</source>
        <translation>Kirim data yang menunggu dan ambil data kantor sekarang</translation>
    </message>
    <message>
        <source>◌ Connecting…</source>
        <translation>◌ Menghubungkan…</translation>
    </message>
    <message>
        <source>⟳ Syncing %1 of %2</source>
        <translation>⟳ Menyinkronkan %1 dari %2</translation>
    </message>
    <message>
        <source>⟳ Syncing…</source>
        <translation>⟳ Menyinkronkan…</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Daring</translation>
    </message>
    <message>
        <source>○ Offline · next try %1</source>
        <translation>○ Luring · dicoba lagi %1</translation>
    </message>
    <message>
        <source>○ Offline</source>
        <translation>○ Luring</translation>
    </message>
    <message>
        <source>This PC is not connected to a central service: an administrator connects it under Sync, Connection.</source>
        <translation>PC ini belum terhubung ke server pusat: administrator menghubungkannya di Sinkronisasi, Koneksi.</translation>
    </message>
    <message>
        <source>The central service refused this PC: an administrator must enrol it again under Sync, Connection.</source>
        <translation>Server pusat menolak PC ini: administrator harus mendaftarkannya ulang di Sinkronisasi, Koneksi.</translation>
    </message>
    <message>
        <source>The central service cannot be reached; records stay saved here. Next try at %1.</source>
        <translation>Server pusat tidak dapat dihubungi; data tetap tersimpan di sini. Dicoba lagi pukul %1.</translation>
    </message>
    <message>
        <source>The central service cannot be reached; records stay saved here.</source>
        <translation>Server pusat tidak dapat dihubungi; data tetap tersimpan di sini.</translation>
    </message>
    <message>
        <source>⚠ Needs attention: %1</source>
        <translation>⚠ Perlu ditangani: %1</translation>
    </message>
    <message>
        <source>Show the records the central service refused or that are in conflict</source>
        <translation>Tampilkan rekaman yang ditolak server pusat atau yang konflik</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) waiting to send</source>
        <translation>
            <numerusform>%n data menunggu dikirim</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Belum tersinkron</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Sinkronisasi terakhir: %1</translation>
    </message>
</context>
<context>
    <name>StoreKeysBox</name>
    <message>
        <source>Database encryption</source>
        <translation>Enkripsi basis data</translation>
    </message>
    <message>
        <source>The database on this computer is encrypted.</source>
        <translation>Basis data di komputer ini terenkripsi.</translation>
    </message>
    <message>
        <source>The database on this computer is not encrypted yet: it is encrypted the next time an administrator signs in.</source>
        <translation>Basis data di komputer ini belum terenkripsi: basis data dienkripsi saat administrator masuk berikutnya.</translation>
    </message>
    <message>
        <source>Keep the machine key on this PC</source>
        <translation>Simpan kunci mesin di PC ini</translation>
    </message>
    <message>
        <source>With the machine key, this Windows account opens the database without a password (scheduled sync and backup). Turn it off on a laptop that leaves the office.</source>
        <translation>Dengan kunci mesin, akun Windows ini membuka basis data tanpa kata sandi (sinkronisasi dan cadangan terjadwal). Matikan pada laptop yang dibawa keluar kantor.</translation>
    </message>
    <message>
        <source>This computer has no key store for a machine key: the database opens only with a staff password.</source>
        <translation>Komputer ini tidak memiliki penyimpanan kunci untuk kunci mesin: basis data hanya terbuka dengan kata sandi petugas.</translation>
    </message>
    <message>
        <source>Only an administrator can change this.</source>
        <translation>Hanya administrator yang dapat mengubah ini.</translation>
    </message>
    <message>
        <source>The key store of this computer refused the machine key.</source>
        <translation>Penyimpanan kunci komputer ini menolak kunci mesin.</translation>
    </message>
    <message>
        <source>The machine key is kept on this PC.</source>
        <translation>Kunci mesin disimpan di PC ini.</translation>
    </message>
    <message>
        <source>The machine key is removed: the database now opens only with a staff password.</source>
        <translation>Kunci mesin dihapus: basis data kini hanya terbuka dengan kata sandi petugas.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>A sync is already running.</source>
        <translation>Sinkronisasi sedang berjalan.</translation>
    </message>
    <message>
        <source>Needs attention (refused or conflict)</source>
        <translation>Perlu ditangani (ditolak atau konflik)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekaman</translation>
    </message>
    <message>
        <source>Sent to the central service</source>
        <translation>Dikirim ke server pusat</translation>
    </message>
    <message>
        <source>Refused by the central service</source>
        <translation>Ditolak server pusat</translation>
    </message>
    <message>
        <source>Conflict with the central service</source>
        <translation>Konflik dengan server pusat</translation>
    </message>
    <message>
        <source>Sent, no answer yet</source>
        <translation>Dikirim, belum ada jawaban</translation>
    </message>
    <message>
        <source>Received from the central service</source>
        <translation>Diterima dari server pusat</translation>
    </message>
    <message>
        <source>Sync problem resolved</source>
        <translation>Masalah sinkronisasi diselesaikan</translation>
    </message>
    <message>
        <source>Withdrawn from this PC</source>
        <translation>Ditarik dari PC ini</translation>
    </message>
    <message>
        <source>accepted as version %1</source>
        <translation>diterima sebagai versi %1</translation>
    </message>
    <message>
        <source>the central service holds version %1</source>
        <translation>server pusat memegang versi %1</translation>
    </message>
    <message>
        <source>took the central service's version %1</source>
        <translation>memakai versi server pusat %1</translation>
    </message>
    <message>
        <source>sent again as it is here</source>
        <translation>dikirim ulang seperti di PC ini</translation>
    </message>
    <message>
        <source>merged field by field with version %1</source>
        <translation>digabung per isian dengan versi %1</translation>
    </message>
    <message>
        <source>made or changed on another PC of the office</source>
        <translation>dibuat atau diubah di PC lain kantor ini</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Needs attention</source>
        <translation>Perlu ditangani</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Koneksi</translation>
    </message>
    <message>
        <source>Needs attention (%1)</source>
        <translation>Perlu ditangani (%1)</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <source>Import from file…</source>
        <translation>Impor dari berkas…</translation>
    </message>
    <message>
        <source>Candidate list…</source>
        <translation>Daftar CPMI…</translation>
    </message>
    <message>
        <source>OPP attendance…</source>
        <translation>Kehadiran OPP…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <source>Your role can only read records.</source>
        <translation>Peran Anda hanya dapat membaca data.</translation>
    </message>
    <message>
        <source>Import candidates from a file</source>
        <translation>Impor CPMI dari berkas</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Lembar kerja (*.csv *.xlsx);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Importing {file}</source>
        <translation>Mengimpor {file}</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Membaca {file}…</translation>
    </message>
    <message>
        <source>Stopping after the rows being saved now; they stay complete…</source>
        <translation>Berhenti setelah baris yang sedang disimpan; baris itu tetap utuh…</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>Impor dihentikan</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Impor selesai</translation>
    </message>
    <message>
        <source>Imported {imported}, already registered {present}, rejected {rejected}.</source>
        <translation>Diimpor {imported}, sudah terdaftar {present}, ditolak {rejected}.</translation>
    </message>
    <message>
        <source>The rows saved before stopping are complete. Importing the same file again skips them and continues with the rest.</source>
        <translation>Baris yang tersimpan sebelum berhenti tetap utuh. Mengimpor berkas yang sama lagi akan melewatinya dan melanjutkan sisanya.</translation>
    </message>
    <message>
        <source>Row-by-row reasons: {path}</source>
        <translation>Alasan per baris: {path}</translation>
    </message>
    <message>
        <source>The row-by-row reasons could not be written: {reason}</source>
        <translation>Alasan per baris tidak dapat ditulis: {reason}</translation>
    </message>
    <message>
        <source>Open the rejects file</source>
        <translation>Buka berkas penolakan</translation>
    </message>
    <message>
        <source>candidates-{date}.csv</source>
        <translation>cpmi-{date}.csv</translation>
    </message>
    <message>
        <source>Export the candidate list</source>
        <translation>Ekspor daftar CPMI</translation>
    </message>
    <message>
        <source>opp-attendance-{date}.csv</source>
        <translation>kehadiran-opp-{date}.csv</translation>
    </message>
    <message>
        <source>Export OPP attendance</source>
        <translation>Ekspor kehadiran OPP</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Lembar kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Mengekspor</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Menulis {file}…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) written to {path}.</source>
        <translation>
            <numerusform>%Ln baris ditulis ke {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Ekspor selesai</translation>
    </message>
    <message>
        <source>The import stopped because of an unexpected error ({reason}). Rows saved so far are complete; the details are in the log.</source>
        <translation>Impor berhenti karena kesalahan tak terduga ({reason}). Baris yang sudah tersimpan tetap utuh; rinciannya ada di log.</translation>
    </message>
    <message>
        <source>The export failed because of an unexpected error ({reason}); no file was written. The details are in the log.</source>
        <translation>Ekspor gagal karena kesalahan tak terduga ({reason}); tidak ada berkas yang ditulis. Rinciannya ada di log.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Impor gagal</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Loket PMI — sign in</source>
        <translation>Loket PMI — masuk</translation>
    </message>
    <message>
        <source>The database on this computer is encrypted. Sign in with your user name and password to open it.</source>
        <translation>Basis data di komputer ini terenkripsi. Masuk dengan nama pengguna dan kata sandi Anda untuk membukanya.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Isi nama pengguna dan kata sandi Anda.</translation>
    </message>
</context>
<context>
    <name>WindowHeader</name>
    <message>
        <source>Office not set (Settings)</source>
        <translation>Kantor belum diatur (Pengaturan)</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Daring</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Luring</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to send</source>
        <translation>
            <numerusform>%n menunggu dikirim</numerusform>
        </translation>
    </message>
    <message>
        <source>all sent</source>
        <translation>semua terkirim</translation>
    </message>
</context>
</TS>
