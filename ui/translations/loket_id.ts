<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../auth.py" line="73"/>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location filename="../auth.py" line="74"/>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <location filename="../auth.py" line="75"/>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <location filename="../auth.py" line="76"/>
        <source>Repeat password</source>
        <translation>Ulangi kata sandi</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <location filename="../auth.py" line="24"/>
        <source>The user name must be 2–64 characters: small letters, digits, dot, dash or underscore.</source>
        <translation>Nama pengguna harus 2–64 karakter: huruf kecil, angka, titik, tanda hubung atau garis bawah.</translation>
    </message>
    <message>
        <location filename="../auth.py" line="28"/>
        <source>This user name is already taken.</source>
        <translation>Nama pengguna ini sudah dipakai.</translation>
    </message>
    <message>
        <location filename="../auth.py" line="29"/>
        <source>The password must have at least 8 characters.</source>
        <translation>Kata sandi paling sedikit 8 karakter.</translation>
    </message>
    <message>
        <location filename="../auth.py" line="32"/>
        <source>This password is too easy to guess; choose another.</source>
        <translation>Kata sandi ini terlalu mudah ditebak; pilih yang lain.</translation>
    </message>
    <message>
        <location filename="../auth.py" line="35"/>
        <source>The two passwords differ.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
    <message>
        <location filename="../auth.py" line="37"/>
        <source>The account could not be created.</source>
        <translation>Akun tidak dapat dibuat.</translation>
    </message>
    <message>
        <location filename="../auth.py" line="43"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <location filename="../candidates/detail.py" line="36"/>
        <source>CPMI {number} — {name}</source>
        <translation>CPMI {number} — {name}</translation>
    </message>
    <message>
        <location filename="../candidates/detail.py" line="47"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../candidates/detail.py" line="48"/>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
</context>
<context>
    <name>CandidateFields</name>
    <message>
        <location filename="../registration/fields.py" line="67"/>
        <location filename="../registration/fields.py" line="222"/>
        <source>— choose —</source>
        <translation>— pilih —</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="69"/>
        <source>Identity</source>
        <translation>Identitas</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="70"/>
        <source>16 digits, as on the KTP</source>
        <translation>16 digit, sesuai KTP</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="72"/>
        <source>Family card (KK) no.</source>
        <translation>Nomor Kartu Keluarga (KK)</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="73"/>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="73"/>
        <source>as on the KTP</source>
        <translation>sesuai KTP</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="74"/>
        <source>Place of birth</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="75"/>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="75"/>
        <source>DD-MM-YYYY</source>
        <translation>HH-BB-TTTT</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="76"/>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="78"/>
        <source>Religion</source>
        <translation>Agama</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="79"/>
        <source>Marital status</source>
        <translation>Status perkawinan</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="80"/>
        <source>Education</source>
        <translation>Pendidikan</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="81"/>
        <location filename="../registration/fields.py" line="94"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="82"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="84"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="89"/>
        <source>Street, RT/RW</source>
        <translation>Jalan/kampung, RT/RW</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="89"/>
        <source>e.g. Kp. Cibeureum RT 01/02</source>
        <translation>mis. Kp. Cibeureum RT 01/02</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="91"/>
        <source>Family contact</source>
        <translation>Kontak keluarga (ahli waris)</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="92"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="93"/>
        <source>Relationship</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="93"/>
        <source>e.g. husband, mother</source>
        <translation>mis. suami, ibu</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="96"/>
        <source>Placement plan</source>
        <translation>Rencana penempatan</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="98"/>
        <source>Scheme</source>
        <translation>Skema</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="99"/>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="103"/>
        <source>Destination country</source>
        <translation>Negara tujuan</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="104"/>
        <source>Job position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="105"/>
        <source>Employer</source>
        <translation>Pemberi kerja</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="107"/>
        <source>Documents received</source>
        <translation>Dokumen yang diterima</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="134"/>
        <source>Islam</source>
        <translation>Islam</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="135"/>
        <source>Protestant Christian</source>
        <translation>Kristen</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="136"/>
        <source>Catholic</source>
        <translation>Katolik</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="137"/>
        <source>Hindu</source>
        <translation>Hindu</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="138"/>
        <source>Buddhist</source>
        <translation>Buddha</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="139"/>
        <source>Confucian (Khonghucu)</source>
        <translation>Khonghucu</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="140"/>
        <source>Traditional belief</source>
        <translation>Kepercayaan terhadap Tuhan YME</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="222"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>CandidateForm</name>
    <message>
        <location filename="../registration/form.py" line="61"/>
        <source>Save (Ctrl+S)</source>
        <translation>Simpan (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../registration/form.py" line="63"/>
        <source>New (Ctrl+N)</source>
        <translation>Baru (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../registration/form.py" line="89"/>
        <location filename="../registration/form.py" line="171"/>
        <location filename="../registration/form.py" line="205"/>
        <source>You are signed in with a read-only account: nothing can be saved.</source>
        <translation>Anda masuk dengan akun hanya-baca: tidak ada yang dapat disimpan.</translation>
    </message>
    <message>
        <location filename="../registration/form.py" line="142"/>
        <source>female</source>
        <translation>perempuan</translation>
    </message>
    <message>
        <location filename="../registration/form.py" line="142"/>
        <source>male</source>
        <translation>laki-laki</translation>
    </message>
    <message>
        <location filename="../registration/form.py" line="144"/>
        <source>From the NIK: born {date}, {sex}, issued in {region}</source>
        <translation>Menurut NIK: lahir {date}, {sex}, diterbitkan di {region}</translation>
    </message>
    <message>
        <location filename="../registration/form.py" line="177"/>
        <location filename="../registration/form.py" line="196"/>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Belum disimpan: perbaiki isian yang bertanda merah.</translation>
    </message>
    <message>
        <location filename="../registration/form.py" line="183"/>
        <source>Check the warnings in amber, then press Save again to save anyway.</source>
        <translation>Periksa peringatan berwarna jingga, lalu tekan Simpan sekali lagi untuk tetap menyimpan.</translation>
    </message>
    <message>
        <location filename="../registration/form.py" line="200"/>
        <source>Not saved: someone else changed this record meanwhile. Close it and open it again.</source>
        <translation>Belum disimpan: data ini baru saja diubah orang lain. Tutup lalu buka kembali.</translation>
    </message>
    <message>
        <location filename="../registration/form.py" line="214"/>
        <source>Saved. Registration number: {number}</source>
        <translation>Tersimpan. Nomor pendaftaran: {number}</translation>
    </message>
    <message>
        <location filename="../registration/form.py" line="217"/>
        <source>Changes saved ({number}).</source>
        <translation>Perubahan tersimpan ({number}).</translation>
    </message>
</context>
<context>
    <name>CandidateListPage</name>
    <message>
        <location filename="../candidates/page.py" line="99"/>
        <source>Search by NIK, name or registration number</source>
        <translation>Cari NIK, nama atau nomor pendaftaran</translation>
    </message>
    <message>
        <location filename="../candidates/page.py" line="101"/>
        <source>Status: all</source>
        <translation>Status: semua</translation>
    </message>
    <message>
        <location filename="../candidates/page.py" line="108"/>
        <source>Destination: all</source>
        <translation>Tujuan: semua</translation>
    </message>
    <message>
        <location filename="../candidates/page.py" line="110"/>
        <source>Sync: all</source>
        <translation>Sinkronisasi: semua</translation>
    </message>
    <message>
        <location filename="../candidates/page.py" line="202"/>
        <source>Search failed: {reason}</source>
        <translation>Pencarian gagal: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../candidates/page.py" line="211"/>
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n CPMI</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <location filename="../candidates/model.py" line="44"/>
        <source>Sync</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <location filename="../candidates/model.py" line="45"/>
        <source>Destination</source>
        <translation>Tujuan</translation>
    </message>
</context>
<context>
    <name>FileText</name>
    <message>
        <location filename="../candidates/file_text.py" line="18"/>
        <source>File {detail} was not found.</source>
        <translation>Berkas {detail} tidak ditemukan.</translation>
    </message>
    <message>
        <location filename="../candidates/file_text.py" line="19"/>
        <location filename="../candidates/file_text.py" line="51"/>
        <source>File type {detail} is not supported; use .csv or .xlsx.</source>
        <translation>Jenis berkas {detail} tidak didukung; gunakan .csv atau .xlsx.</translation>
    </message>
    <message>
        <location filename="../candidates/file_text.py" line="22"/>
        <source>The file is empty.</source>
        <translation>Berkas kosong.</translation>
    </message>
    <message>
        <location filename="../candidates/file_text.py" line="23"/>
        <source>The file is not CSV text (it contains binary data). Save it again as UTF-8 CSV or .xlsx.</source>
        <translation>Berkas bukan teks CSV (berisi data biner). Simpan ulang sebagai CSV UTF-8 atau .xlsx.</translation>
    </message>
    <message>
        <location filename="../candidates/file_text.py" line="27"/>
        <source>The CSV file is not UTF-8 encoded. Save it again as &quot;CSV UTF-8&quot;.</source>
        <translation>Berkas CSV tidak berenkode UTF-8. Simpan ulang sebagai &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <location filename="../candidates/file_text.py" line="30"/>
        <source>The first line must hold the column names.</source>
        <translation>Baris pertama harus berisi nama kolom.</translation>
    </message>
    <message>
        <location filename="../candidates/file_text.py" line="31"/>
        <source>The CSV file is broken ({detail}).</source>
        <translation>Berkas CSV rusak ({detail}).</translation>
    </message>
    <message>
        <location filename="../candidates/file_text.py" line="32"/>
        <source>The .xlsx file is broken or not an Excel workbook.</source>
        <translation>Berkas .xlsx rusak atau bukan lembar kerja Excel.</translation>
    </message>
    <message>
        <location filename="../candidates/file_text.py" line="35"/>
        <source>Unknown column: {detail}. Fix the column name; no row was imported.</source>
        <translation>Kolom tidak dikenal: {detail}. Perbaiki nama kolom; tidak ada baris yang diimpor.</translation>
    </message>
    <message>
        <location filename="../candidates/file_text.py" line="38"/>
        <source>Required columns are missing: {detail}. No row was imported.</source>
        <translation>Kolom wajib tidak ada: {detail}. Tidak ada baris yang diimpor.</translation>
    </message>
    <message>
        <location filename="../candidates/file_text.py" line="41"/>
        <source>The file could not be read to the end.</source>
        <translation>Berkas tidak dapat dibaca sampai selesai.</translation>
    </message>
    <message>
        <location filename="../candidates/file_text.py" line="43"/>
        <source>The file cannot be imported ({detail}).</source>
        <translation>Berkas tidak dapat diimpor ({detail}).</translation>
    </message>
    <message>
        <location filename="../candidates/file_text.py" line="54"/>
        <source>File {detail} cannot be written. Choose another folder, or close the file if it is open in another program.</source>
        <translation>Berkas {detail} tidak dapat ditulis. Pilih folder lain, atau tutup berkas itu bila sedang dibuka di program lain.</translation>
    </message>
    <message>
        <location filename="../candidates/file_text.py" line="60"/>
        <source>The file cannot be written ({detail}).</source>
        <translation>Berkas tidak dapat ditulis ({detail}).</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../auth.py" line="91"/>
        <source>Loket PMI — first start</source>
        <translation>Loket PMI — penggunaan pertama</translation>
    </message>
    <message>
        <location filename="../auth.py" line="94"/>
        <source>Welcome. No staff account exists on this computer yet. Create the administrator account; it can add the other staff later.</source>
        <translation>Selamat datang. Belum ada akun petugas di komputer ini. Buat akun administrator; administrator dapat menambahkan petugas lain nanti.</translation>
    </message>
    <message>
        <location filename="../auth.py" line="101"/>
        <source>Create administrator</source>
        <translation>Buat administrator</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../candidates/history.py" line="28"/>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../candidates/history.py" line="28"/>
        <source>Who</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <location filename="../candidates/history.py" line="28"/>
        <source>What</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <location filename="../candidates/history.py" line="28"/>
        <source>Changes</source>
        <translation>Perubahan</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../labels.py" line="14"/>
        <source>Registered</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <location filename="../labels.py" line="15"/>
        <source>Verified</source>
        <translation>Terverifikasi</translation>
    </message>
    <message>
        <location filename="../labels.py" line="16"/>
        <source>OPP scheduled</source>
        <translation>OPP dijadwalkan</translation>
    </message>
    <message>
        <location filename="../labels.py" line="17"/>
        <source>OPP completed</source>
        <translation>OPP selesai</translation>
    </message>
    <message>
        <location filename="../labels.py" line="18"/>
        <source>Departed</source>
        <translation>Berangkat</translation>
    </message>
    <message>
        <location filename="../labels.py" line="19"/>
        <source>Withdrawn</source>
        <translation>Mengundurkan diri</translation>
    </message>
    <message>
        <location filename="../labels.py" line="25"/>
        <source>Waiting to send</source>
        <translation>Menunggu dikirim</translation>
    </message>
    <message>
        <location filename="../labels.py" line="26"/>
        <source>Sent</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <location filename="../labels.py" line="27"/>
        <source>Needs attention</source>
        <translation>Perlu ditangani</translation>
    </message>
    <message>
        <location filename="../labels.py" line="28"/>
        <source>Conflict</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <location filename="../labels.py" line="29"/>
        <source>On hold</source>
        <translation>Ditahan</translation>
    </message>
    <message>
        <location filename="../labels.py" line="35"/>
        <source>P to P (placement company)</source>
        <translation>P to P (perusahaan penempatan)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="36"/>
        <source>G to G (government)</source>
        <translation>G to G (antarpemerintah)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="37"/>
        <source>G to P</source>
        <translation>G to P</translation>
    </message>
    <message>
        <location filename="../labels.py" line="38"/>
        <source>UKPS (own employer)</source>
        <translation>UKPS (kepentingan perusahaan sendiri)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="39"/>
        <source>Individual (mandiri)</source>
        <translation>Mandiri (perseorangan)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="45"/>
        <source>Formal</source>
        <translation>Formal</translation>
    </message>
    <message>
        <location filename="../labels.py" line="46"/>
        <source>Informal</source>
        <translation>Informal</translation>
    </message>
    <message>
        <location filename="../labels.py" line="52"/>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <location filename="../labels.py" line="53"/>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <location filename="../labels.py" line="59"/>
        <source>Single</source>
        <translation>Belum kawin</translation>
    </message>
    <message>
        <location filename="../labels.py" line="60"/>
        <source>Married</source>
        <translation>Kawin</translation>
    </message>
    <message>
        <location filename="../labels.py" line="61"/>
        <source>Divorced</source>
        <translation>Cerai hidup</translation>
    </message>
    <message>
        <location filename="../labels.py" line="62"/>
        <source>Widowed</source>
        <translation>Cerai mati</translation>
    </message>
    <message>
        <location filename="../labels.py" line="68"/>
        <source>No schooling</source>
        <translation>Tidak sekolah</translation>
    </message>
    <message>
        <location filename="../labels.py" line="69"/>
        <source>Primary school (SD)</source>
        <translation>SD</translation>
    </message>
    <message>
        <location filename="../labels.py" line="70"/>
        <source>Junior high (SMP)</source>
        <translation>SMP</translation>
    </message>
    <message>
        <location filename="../labels.py" line="71"/>
        <source>Senior high (SMA/SMK)</source>
        <translation>SMA/SMK</translation>
    </message>
    <message>
        <location filename="../labels.py" line="83"/>
        <source>Identity card (KTP)</source>
        <translation>KTP</translation>
    </message>
    <message>
        <location filename="../labels.py" line="84"/>
        <source>Family card (KK)</source>
        <translation>Kartu Keluarga (KK)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="85"/>
        <source>Birth certificate</source>
        <translation>Akta kelahiran</translation>
    </message>
    <message>
        <location filename="../labels.py" line="86"/>
        <source>School certificate (ijazah)</source>
        <translation>Ijazah</translation>
    </message>
    <message>
        <location filename="../labels.py" line="87"/>
        <source>Family permission letter</source>
        <translation>Surat izin keluarga</translation>
    </message>
    <message>
        <location filename="../labels.py" line="88"/>
        <source>Marital status certificate</source>
        <translation>Surat keterangan status perkawinan</translation>
    </message>
    <message>
        <location filename="../labels.py" line="89"/>
        <source>Health certificate</source>
        <translation>Surat keterangan sehat</translation>
    </message>
    <message>
        <location filename="../labels.py" line="90"/>
        <source>Competency certificate</source>
        <translation>Sertifikat kompetensi</translation>
    </message>
    <message>
        <location filename="../labels.py" line="91"/>
        <source>Job-seeker card (AK/I)</source>
        <translation>Kartu pencari kerja (AK/I)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="92"/>
        <source>Passport</source>
        <translation>Paspor</translation>
    </message>
    <message>
        <location filename="../labels.py" line="93"/>
        <source>Work visa</source>
        <translation>Visa kerja</translation>
    </message>
    <message>
        <location filename="../labels.py" line="94"/>
        <source>Placement agreement</source>
        <translation>Perjanjian penempatan</translation>
    </message>
    <message>
        <location filename="../labels.py" line="95"/>
        <source>Employment contract</source>
        <translation>Perjanjian kerja</translation>
    </message>
    <message>
        <location filename="../labels.py" line="96"/>
        <source>BPJS Ketenagakerjaan</source>
        <translation>BPJS Ketenagakerjaan</translation>
    </message>
    <message>
        <location filename="../labels.py" line="102"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../labels.py" line="103"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../labels.py" line="104"/>
        <source>Viewer (read only)</source>
        <translation>Peninjau (hanya baca)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="110"/>
        <source>New registration</source>
        <translation>Pendaftaran baru</translation>
    </message>
    <message>
        <location filename="../labels.py" line="111"/>
        <source>Edited</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <location filename="../labels.py" line="112"/>
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <location filename="../labels.py" line="113"/>
        <source>Received from the centre</source>
        <translation>Diterima dari pusat</translation>
    </message>
    <message>
        <location filename="../labels.py" line="114"/>
        <source>Resolved</source>
        <translation>Diselesaikan</translation>
    </message>
    <message>
        <location filename="../labels.py" line="122"/>
        <source>Family card no.</source>
        <translation>Nomor KK</translation>
    </message>
    <message>
        <location filename="../labels.py" line="123"/>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <location filename="../labels.py" line="124"/>
        <source>Place of birth</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <location filename="../labels.py" line="125"/>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <location filename="../labels.py" line="126"/>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location filename="../labels.py" line="127"/>
        <source>Religion</source>
        <translation>Agama</translation>
    </message>
    <message>
        <location filename="../labels.py" line="128"/>
        <source>Marital status</source>
        <translation>Status perkawinan</translation>
    </message>
    <message>
        <location filename="../labels.py" line="129"/>
        <source>Education</source>
        <translation>Pendidikan</translation>
    </message>
    <message>
        <location filename="../labels.py" line="130"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../labels.py" line="131"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../labels.py" line="132"/>
        <source>Village</source>
        <translation>Desa/kelurahan</translation>
    </message>
    <message>
        <location filename="../labels.py" line="133"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../labels.py" line="134"/>
        <source>Family contact</source>
        <translation>Kontak keluarga (ahli waris)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="135"/>
        <source>Relationship</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <location filename="../labels.py" line="136"/>
        <source>Family contact phone</source>
        <translation>Telepon keluarga</translation>
    </message>
    <message>
        <location filename="../labels.py" line="137"/>
        <source>Placement scheme</source>
        <translation>Skema penempatan</translation>
    </message>
    <message>
        <location filename="../labels.py" line="138"/>
        <source>Destination country</source>
        <translation>Negara tujuan</translation>
    </message>
    <message>
        <location filename="../labels.py" line="139"/>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <location filename="../labels.py" line="140"/>
        <source>Job position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../labels.py" line="141"/>
        <source>Employer</source>
        <translation>Pemberi kerja</translation>
    </message>
    <message>
        <location filename="../labels.py" line="142"/>
        <source>Placement company</source>
        <translation>Perusahaan penempatan (P3MI)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="143"/>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <location filename="../labels.py" line="144"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../labels.py" line="145"/>
        <source>Registration no.</source>
        <translation>Nomor pendaftaran</translation>
    </message>
    <message>
        <location filename="../labels.py" line="146"/>
        <source>Registered at</source>
        <translation>Waktu pendaftaran</translation>
    </message>
    <message>
        <location filename="../labels.py" line="147"/>
        <source>Registered by</source>
        <translation>Didaftarkan oleh</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="52"/>
        <source>Loket PMI — CPMI registration</source>
        <translation>Loket PMI — pendaftaran CPMI</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="61"/>
        <source>Registration</source>
        <translation>Pendaftaran</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="62"/>
        <source>Candidates</source>
        <translation>Daftar CPMI</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="63"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="76"/>
        <source>Signed in: {name} ({role})</source>
        <translation>Masuk sebagai: {name} ({role})</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../progress.py" line="34"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../registration/page.py" line="39"/>
        <source>Registration receipt — prospective migrant worker (CPMI)</source>
        <translation>Tanda terima pendaftaran — calon Pekerja Migran Indonesia (CPMI)</translation>
    </message>
    <message>
        <location filename="../registration/page.py" line="42"/>
        <source>Keep this receipt. Show the registration number or the QR code at every visit.</source>
        <translation>Simpan tanda terima ini. Tunjukkan nomor pendaftaran atau kode QR setiap kali datang.</translation>
    </message>
    <message>
        <location filename="../registration/page.py" line="46"/>
        <source>Printed by Loket PMI. The record is sent to the central system when this computer is online.</source>
        <translation>Dicetak oleh Loket PMI. Data dikirim ke sistem pusat saat komputer ini terhubung ke internet.</translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <location filename="../registration/regions.py" line="31"/>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <location filename="../registration/regions.py" line="32"/>
        <source>Regency / city</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <location filename="../registration/regions.py" line="33"/>
        <source>District</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location filename="../registration/regions.py" line="34"/>
        <source>Village</source>
        <translation>Desa/kelurahan</translation>
    </message>
</context>
<context>
    <name>RegistrationPage</name>
    <message>
        <location filename="../registration/page.py" line="76"/>
        <source>Receipt (PDF)</source>
        <translation>Tanda terima (PDF)</translation>
    </message>
    <message>
        <location filename="../registration/page.py" line="104"/>
        <source>Writing the receipt…</source>
        <translation>Membuat tanda terima…</translation>
    </message>
    <message>
        <location filename="../registration/page.py" line="118"/>
        <source>Receipt saved: {path}</source>
        <translation>Tanda terima disimpan: {path}</translation>
    </message>
    <message>
        <location filename="../registration/page.py" line="122"/>
        <source>Receipt saved: {path} (open it to print)</source>
        <translation>Tanda terima disimpan: {path} (buka untuk mencetak)</translation>
    </message>
    <message>
        <location filename="../registration/page.py" line="129"/>
        <source>The receipt could not be written: {reason}</source>
        <translation>Tanda terima tidak dapat dibuat: {reason}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../settings_page.py" line="46"/>
        <source>This computer</source>
        <translation>Komputer ini</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="48"/>
        <location filename="../settings_page.py" line="74"/>
        <source>— choose —</source>
        <translation>— pilih —</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="51"/>
        <source>Interface language (from the next start)</source>
        <translation>Bahasa tampilan (berlaku saat dibuka lagi)</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="55"/>
        <source> min</source>
        <translation> menit</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="56"/>
        <source>never</source>
        <translation>tidak pernah</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="59"/>
        <source>Lock the screen after inactivity</source>
        <translation>Kunci layar bila tidak ada kegiatan</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="60"/>
        <source>Data folder</source>
        <translation>Folder data</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="61"/>
        <source>Save settings</source>
        <translation>Simpan pengaturan</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="76"/>
        <source>Add staff account</source>
        <translation>Tambah akun petugas</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="83"/>
        <source>Only an administrator can manage staff accounts and the screen lock.</source>
        <translation>Hanya administrator yang dapat mengelola akun petugas dan kunci layar.</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="90"/>
        <source>Staff accounts</source>
        <translation>Akun petugas</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="92"/>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="92"/>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="92"/>
        <location filename="../settings_page.py" line="98"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="92"/>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="104"/>
        <source>New account</source>
        <translation>Akun baru</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="119"/>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="119"/>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="132"/>
        <source>Settings saved.</source>
        <translation>Pengaturan tersimpan.</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="145"/>
        <source>Account {name} created.</source>
        <translation>Akun {name} telah dibuat.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../auth.py" line="128"/>
        <source>Loket PMI — sign in</source>
        <translation>Loket PMI — masuk</translation>
    </message>
    <message>
        <location filename="../auth.py" line="128"/>
        <source>Loket PMI — locked</source>
        <translation>Loket PMI — terkunci</translation>
    </message>
    <message>
        <location filename="../auth.py" line="134"/>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location filename="../auth.py" line="135"/>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <location filename="../auth.py" line="139"/>
        <source>The screen was locked after a period without activity. Enter your password.</source>
        <translation>Layar terkunci karena tidak ada kegiatan. Masukkan kata sandi Anda.</translation>
    </message>
    <message>
        <location filename="../auth.py" line="149"/>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <location filename="../auth.py" line="149"/>
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <location filename="../auth.py" line="160"/>
        <source>Wrong user name or password, or the account is disabled.</source>
        <translation>Nama pengguna atau kata sandi salah, atau akun dinonaktifkan.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop_app/gui_steps.py" line="53"/>
        <source>The database file {path} cannot be opened: it is damaged or not a Loket PMI database.</source>
        <translation>Berkas basis data {path} tidak dapat dibuka: berkas rusak atau bukan basis data Loket PMI.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui_steps.py" line="57"/>
        <source>The latest backup is {backup}. Close Loket PMI, keep a copy of the damaged file, and copy the backup in its place as loket.db.</source>
        <translation>Cadangan terakhir: {backup}. Tutup Loket PMI, simpan salinan berkas yang rusak, lalu salin cadangan tersebut ke tempatnya dengan nama loket.db.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui_steps.py" line="63"/>
        <source>No backup was found in {folder}. Ask your administrator for help.</source>
        <translation>Tidak ada cadangan di {folder}. Mintalah bantuan administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui_steps.py" line="66"/>
        <source>Loket PMI</source>
        <translation>Loket PMI</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../status.py" line="82"/>
        <source>● Online</source>
        <translation>● Daring</translation>
    </message>
    <message>
        <location filename="../status.py" line="82"/>
        <source>○ Offline</source>
        <translation>○ Luring</translation>
    </message>
    <message numerus="yes">
        <location filename="../status.py" line="83"/>
        <source>%n record(s) waiting to send</source>
        <translation>
            <numerusform>%n data menunggu dikirim</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../status.py" line="86"/>
        <source>Not synced yet</source>
        <translation>Belum tersinkron</translation>
    </message>
    <message>
        <location filename="../status.py" line="90"/>
        <source>Last sync: %1</source>
        <translation>Sinkronisasi terakhir: %1</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../desktop_app/gui_steps.py" line="117"/>
        <source>Sync now</source>
        <translation>Sinkronkan sekarang</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui_steps.py" line="119"/>
        <source>Send waiting records and fetch the office&apos;s records now</source>
        <translation>Kirim rekaman yang menunggu dan ambil rekaman kantor sekarang</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <location filename="../candidates/transfer.py" line="74"/>
        <source>Import from file…</source>
        <translation>Impor dari berkas…</translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="76"/>
        <source>Candidate list…</source>
        <translation>Daftar CPMI…</translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="78"/>
        <source>OPP attendance…</source>
        <translation>Kehadiran OPP…</translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="83"/>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="89"/>
        <location filename="../candidates/transfer.py" line="263"/>
        <source>Your role can only read records.</source>
        <translation>Peran Anda hanya dapat membaca data.</translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="125"/>
        <source>Import candidates from a file</source>
        <translation>Impor CPMI dari berkas</translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="127"/>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Lembar kerja (*.csv *.xlsx);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="139"/>
        <source>Importing {file}</source>
        <translation>Mengimpor {file}</translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="140"/>
        <source>Reading {file}…</source>
        <translation>Membaca {file}…</translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="141"/>
        <source>Stopping after the rows being saved now; they stay complete…</source>
        <translation>Berhenti setelah baris yang sedang disimpan; baris itu tetap utuh…</translation>
    </message>
    <message numerus="yes">
        <location filename="../candidates/transfer.py" line="161"/>
        <source>%Ln row(s) read</source>
        <translation>
            <numerusform>%Ln baris terbaca</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="167"/>
        <source>Import stopped</source>
        <translation>Impor dihentikan</translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="167"/>
        <source>Import finished</source>
        <translation>Impor selesai</translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="169"/>
        <source>Imported {imported}, already registered {present}, rejected {rejected}.</source>
        <translation>Diimpor {imported}, sudah terdaftar {present}, ditolak {rejected}.</translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="176"/>
        <source>The rows saved before stopping are complete. Importing the same file again skips them and continues with the rest.</source>
        <translation>Baris yang tersimpan sebelum berhenti tetap utuh. Mengimpor berkas yang sama lagi akan melewatinya dan melanjutkan sisanya.</translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="181"/>
        <source>Row-by-row reasons: {path}</source>
        <translation>Alasan per baris: {path}</translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="184"/>
        <source>The row-by-row reasons could not be written: {reason}</source>
        <translation>Alasan per baris tidak dapat ditulis: {reason}</translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="192"/>
        <source>Open the rejects file</source>
        <translation>Buka berkas penolakan</translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="205"/>
        <source>candidates-{date}.csv</source>
        <translation>cpmi-{date}.csv</translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="206"/>
        <source>Export the candidate list</source>
        <translation>Ekspor daftar CPMI</translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="212"/>
        <source>opp-attendance-{date}.csv</source>
        <translation>kehadiran-opp-{date}.csv</translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="213"/>
        <source>Export OPP attendance</source>
        <translation>Ekspor kehadiran OPP</translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="218"/>
        <source>CSV file (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="219"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Lembar kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="236"/>
        <source>Exporting</source>
        <translation>Mengekspor</translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="236"/>
        <location filename="../candidates/transfer.py" line="237"/>
        <source>Writing {file}…</source>
        <translation>Menulis {file}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../candidates/transfer.py" line="250"/>
        <source>%Ln row(s) written to {path}.</source>
        <translation>
            <numerusform>%Ln baris ditulis ke {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="251"/>
        <source>Export finished</source>
        <translation>Ekspor selesai</translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="266"/>
        <source>The import stopped because of an unexpected error ({reason}). Rows saved so far are complete; the details are in the log.</source>
        <translation>Impor berhenti karena kesalahan tak terduga ({reason}). Baris yang sudah tersimpan tetap utuh; rinciannya ada di log.</translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="271"/>
        <source>The export failed because of an unexpected error ({reason}); no file was written. The details are in the log.</source>
        <translation>Ekspor gagal karena kesalahan tak terduga ({reason}); tidak ada berkas yang ditulis. Rinciannya ada di log.</translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="274"/>
        <source>Import failed</source>
        <translation>Impor gagal</translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="274"/>
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
</context>
</TS>
