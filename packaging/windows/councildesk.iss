; Inno Setup installer for the Windows bundle (built by packaging/build-windows.ps1, which writes
; app.iss.inc from packaging/app.toml: names, version, GUID and the archive extension live there).
#include "app.iss.inc"

[Setup]
AppId={{{#AppGuid}}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher={#AppPublisher}
AppPublisherURL={#AppURL}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
OutputBaseFilename=councildesk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
WizardStyle=modern

[Files]
Source: "..\..\dist\councildesk\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\Uninstall {#AppName}"; Filename: "{uninstallexe}"

[Registry]
; CouncilDesk archives get their type name and icon; double-clicking one starts CouncilDesk (the
; command line does not yet take an archive to open, so the file is not passed on).
Root: HKA; Subkey: "Software\Classes\{#ArchiveExt}"; ValueType: string; ValueData: "{#ArchiveProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ArchiveProgId}"; ValueType: string; ValueData: "{#ArchiveComment}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ArchiveProgId}\DefaultIcon"; ValueType: string; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ArchiveProgId}\shell\open\command"; ValueType: string; ValueData: """{app}\{#AppExe}"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "Start {#AppName}"; Flags: nowait postinstall skipifsilent
