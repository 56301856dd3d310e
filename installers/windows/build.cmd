@echo off
rem Builds the Windows installer (see installers\README.md); arguments go to build.ps1, e.g. build.cmd -Type app-image
powershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0build.ps1" %*
exit /b %ERRORLEVEL%
