; Included by electron-builder's NSIS installer (electron-builder.yml: nsis.include).
; Registers the zoom-phone-bundle: scheme at install time, so a help-desk request link opens the app
; even before its first run (the app also calls app.setAsDefaultProtocolClient at every start).
; SHELL_CONTEXT is HKCU for a per-user install (the default) and HKLM for an all-users install.
; Windows passes the link as an argument ("%1"); the app reads it from its command line. "--" comes
; first: after it Chromium reads no switches, so a crafted link cannot add one (--inspect, ...).

!macro customInstall
  WriteRegStr SHELL_CONTEXT "Software\Classes\zoom-phone-bundle" "" "URL:Zoom Phone Support Bundle request"
  WriteRegStr SHELL_CONTEXT "Software\Classes\zoom-phone-bundle" "URL Protocol" ""
  WriteRegStr SHELL_CONTEXT "Software\Classes\zoom-phone-bundle\DefaultIcon" "" "$appExe,0"
  WriteRegStr SHELL_CONTEXT "Software\Classes\zoom-phone-bundle\shell\open\command" "" '"$appExe" -- "%1"'
!macroend

!macro customUnInstall
  DeleteRegKey SHELL_CONTEXT "Software\Classes\zoom-phone-bundle"
!macroend
