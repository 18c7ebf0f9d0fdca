; Installer of the Commune Broadcast Console (NSIS 3, Modern UI 2).
; Per-user install without administrator rights; Vietnamese and English; upgrades in place
; and keeps the station's data (the database migrates on first start). The uninstaller
; keeps the data unless the user asks to remove it.
;
; Built by installer/build.py:
;   makensis -DVERSION=x.y.z -DSRC_DIR=<PyInstaller onedir> -DOUT_FILE=<setup.exe> -DICON=<ico>

Unicode true
!include "MUI2.nsh"
!include "FileFunc.nsh"

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef SRC_DIR
  !error "SRC_DIR (the frozen app folder) must be given with -DSRC_DIR=..."
!endif
!ifndef LICENSE_FILE
  !define LICENSE_FILE "${__FILEDIR__}\..\LICENSE"
!endif
!ifndef OUT_FILE
  !define OUT_FILE "CommuneConsole-Setup-${VERSION}.exe"
!endif

!define APP_NAME "Commune Broadcast Console"
!define APP_DIR_NAME "CommuneConsole"
!define EXE_NAME "commune-console.exe"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_DIR_NAME}"

Name "${APP_NAME} ${VERSION}"
OutFile "${OUT_FILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP_DIR_NAME}"
InstallDirRegKey HKCU "Software\${APP_DIR_NAME}" "InstallDir"
SetCompressor /SOLID lzma
ShowInstDetails hide

!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_ABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE_NAME}"

!insertmacro MUI_PAGE_WELCOME
; The console's own licence (MIT); the third-party notices are in the "licenses" folder.
!insertmacro MUI_PAGE_LICENSE "${LICENSE_FILE}"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Vietnamese"
!insertmacro MUI_LANGUAGE "English"

LangString SecRemoveData ${LANG_VIETNAMESE} "Xóa cả dữ liệu của đài (cơ sở dữ liệu, tệp âm thanh, nhật ký)"
LangString SecRemoveData ${LANG_ENGLISH} "Also remove the station's data (database, media, logs)"
LangString DescRemoveData ${LANG_VIETNAMESE} "Để trống nếu sẽ cài lại: dữ liệu của đài được giữ nguyên."
LangString DescRemoveData ${LANG_ENGLISH} "Leave unticked to reinstall later: the station's data is kept."
LangString ConfirmRemoveData ${LANG_VIETNAMESE} "Xóa vĩnh viễn toàn bộ dữ liệu của đài? Không thể khôi phục."
LangString ConfirmRemoveData ${LANG_ENGLISH} "Permanently remove all of the station's data? It cannot be recovered."
LangString SecAutostart ${LANG_VIETNAMESE} "Tự khởi động khi đăng nhập Windows (chạy nền, để loa máy tính vẫn phát sau khi mất điện)"
LangString SecAutostart ${LANG_ENGLISH} "Start at sign-in to Windows (in the background, so this computer's speakers still play after a power cut)"
LangString StillRunning ${LANG_VIETNAMESE} "Bảng điều khiển đang mở. Hãy đóng nó rồi bấm Thử lại."
LangString StillRunning ${LANG_ENGLISH} "The console is open. Close it, then press Retry."

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "!${APP_NAME}" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; Upgrade in place: the old program files go, the station's data (elsewhere) stays.
  retry:
  ClearErrors
  Delete "$INSTDIR\${EXE_NAME}"
  IfErrors 0 +3
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(StillRunning)" IDRETRY retry
    Abort
  RMDir /r "$INSTDIR\_internal"
  File /r "${SRC_DIR}\*"
  ; A settings file the Department placed beside the installer presets the station.
  IfFileExists "$EXEDIR\department.json" 0 +2
    CopyFiles /SILENT "$EXEDIR\department.json" "$INSTDIR\department.json"

  CreateDirectory "$SMPROGRAMS\${APP_NAME}"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}\${APP_NAME}.lnk" "$INSTDIR\${EXE_NAME}"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}\${APP_NAME} (demo).lnk" "$INSTDIR\${EXE_NAME}" "--demo"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}\Uninstall.lnk" "$INSTDIR\uninstall.exe"
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${EXE_NAME}"

  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "Software\${APP_DIR_NAME}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "${APP_NAME}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${EXE_NAME}"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" $0
SectionEnd

; Per user, as Settings does it (console/app/autostart.py): HKCU Run, started minimised.
Section "$(SecAutostart)" SecAutostart
  WriteRegStr HKCU "Software\Microsoft\Windows\CurrentVersion\Run" "CommuneConsole" '"$INSTDIR\${EXE_NAME}" --minimized'
SectionEnd

Section "un.${APP_NAME}" UnSecMain
  SectionIn RO
  DeleteRegValue HKCU "Software\Microsoft\Windows\CurrentVersion\Run" "CommuneConsole"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  RMDir /r "$SMPROGRAMS\${APP_NAME}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE_NAME}"
  Delete "$INSTDIR\commune-console-cli.exe"
  Delete "$INSTDIR\department.json"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINST_KEY}"
  DeleteRegKey HKCU "Software\${APP_DIR_NAME}"
SectionEnd

Section /o "un.$(SecRemoveData)" UnSecData
  MessageBox MB_YESNO|MB_ICONEXCLAMATION|MB_DEFBUTTON2 "$(ConfirmRemoveData)" IDYES +2
    Return
  RMDir /r "$LOCALAPPDATA\${APP_DIR_NAME}"
  RMDir /r "$LOCALAPPDATA\${APP_DIR_NAME}-demo"
SectionEnd

!insertmacro MUI_UNFUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${UnSecData} "$(DescRemoveData)"
!insertmacro MUI_UNFUNCTION_DESCRIPTION_END
