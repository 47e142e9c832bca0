; Inno Setup script of the Windows installer (`make package` on Windows, or
;   iscc /DVersion=0.1.0 packaging\windows\pmdesk.iss
; after `python packaging\build_bundle.py`). Output: dist\pmdesk-VERSION-setup.exe.
;
; Installs dist\pmdesk for the current user (no administrator rights) or, when chosen at the
; start, for all users; a Start-menu entry; the .pmdb file type (ProgID pmdesk.plan with the
; document icon and an Open command). Uninstalling removes the files, the entry and the file
; type. pmdesk.exe is the windowed program; pmdesk-cli.exe beside it is the console one.
; The document icon is a data file of the bundle, so PyInstaller puts it in _internal.

#ifndef Version
  #define Version "0.1.0"
#endif
#define Bundle "..\..\dist\pmdesk"
#define ProgId "pmdesk.plan"

[Setup]
AppId={{6F1C2A7E-3B8D-4E52-9A41-5C0D7B2E8F13}
AppName=pmdesk
AppVersion={#Version}
AppVerName=pmdesk {#Version}
AppPublisher=pmdesk
VersionInfoVersion={#Version}
DefaultDirName={autopf}\pmdesk
DefaultGroupName=pmdesk
DisableProgramGroupPage=yes
; Per user by default; the first page offers "install for all users" (asks for elevation).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=pmdesk-{#Version}-setup
SetupIconFile=..\..\build\icons\pmdesk.ico
UninstallDisplayIcon={app}\pmdesk.exe
Compression=lzma2/ultra64
SolidCompression=yes
WizardStyle=modern

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\pmdesk"; Filename: "{app}\pmdesk.exe"; Comment: "Product and project planning"
Name: "{autodesktop}\pmdesk"; Filename: "{app}\pmdesk.exe"; Tasks: desktopicon

[Registry]
; HKA is HKCU for a per-user install and HKLM for all users. Values written here are removed
; by the uninstaller (uninsdeletevalue / uninsdeletekey); other programs' ones are left alone.
Root: HKA; Subkey: "Software\Classes\.pmdb"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.pmdb"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-pmdesk-plan"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.pmdb\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "pmdesk plan"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\_internal\pmdesk-document.ico"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\pmdesk.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\pmdesk.exe"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "pmdesk"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\pmdesk.exe\SupportedTypes"; ValueType: string; ValueName: ".pmdb"; ValueData: ""

[Run]
Filename: "{app}\pmdesk.exe"; Description: "{cm:LaunchProgram,pmdesk}"; Flags: nowait postinstall skipifsilent
