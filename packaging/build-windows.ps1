# Windows bundle and installer (run on a Windows machine with Python >= 3.12 and Inno Setup 6):
#   pwsh packaging/build-windows.ps1   ->  dist\councildesk\councildesk.exe, packaging\windows\Output\councildesk-<version>-setup.exe
$ErrorActionPreference = "Stop"
$Root = Split-Path -Parent $PSScriptRoot
python -m venv "$Root\.venv"
& "$Root\.venv\Scripts\python" -m pip install -q -e "$Root[bundle]"
& "$Root\.venv\Scripts\python" "$Root\packaging\metadata.py" iss "$Root\packaging\windows\app.iss.inc"
New-Item -ItemType Directory -Force "$Root\packaging\build-icons" | Out-Null
& "$Root\.venv\Scripts\python" -c "import os,sys; os.environ['QT_QPA_PLATFORM']='offscreen'; from PySide6.QtGui import QGuiApplication, QIcon; a=QGuiApplication([]); QIcon(sys.argv[1]).pixmap(256,256).save(sys.argv[2])" "$Root\resources\icons\councildesk.svg" "$Root\packaging\build-icons\councildesk.ico"
& "$Root\.venv\Scripts\python" -m PyInstaller --noconfirm --log-level ERROR --distpath "$Root\dist" --workpath "$Root\build" "$Root\packaging\councildesk.spec"
& "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" "$Root\packaging\windows\councildesk.iss"
