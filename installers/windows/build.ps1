<#
.SYNOPSIS
Builds Omniroute's Windows installer with jpackage, with its own Java runtime inside:
the app-image folder omniroute\ and omniroute-<version>.msi. See installers\README.md.

.DESCRIPTION
Needs JDK 17 (jpackage), Maven 3.8+ and, for the .msi, WiX Toolset 3.x (candle.exe and light.exe on the PATH).
Run from any folder:  powershell -ExecutionPolicy Bypass -File installers\windows\build.ps1

Two launchers, since a Windows program either has a console or it has not:
- omniroute.exe, a console program (--win-console): the CLI, same name and commands as on Linux and macOS. Every
  command prints to the terminal it was started from; without a command it opens the console's window and keeps a
  console window for its log beside it.
- omniroute-gui.exe, without a console: opens the console's window only. JDK 17's jpackage makes the Start-menu and
  desktop shortcuts for every launcher, so both get them (only JDK 18's jpackage can leave one out).

.PARAMETER Type
app-image and/or msi (default: both; the .msi is made from the app-image, which is always built).

.PARAMETER BuildDir
Maven's output folder (default: $env:OMNIROUTE_BUILD_DIR, else target).

.PARAMETER Dest
Where the app-image and the .msi go (default: BuildDir\installer).

.PARAMETER AppVersion
Numeric version (default: the pom's, without -SNAPSHOT).

.PARAMETER SkipMaven
Package the jars already in BuildDir.
#>
param(
    [ValidateSet('app-image', 'msi')] [string[]] $Type = @('app-image', 'msi'),
    [string] $BuildDir = $(if ($env:OMNIROUTE_BUILD_DIR) { $env:OMNIROUTE_BUILD_DIR } else { 'target' }),
    [string] $Dest = '',
    [string] $AppVersion = '',
    [switch] $SkipMaven
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

# Keeps the .msi's upgrade code fixed, so that a newer version replaces an installed one instead of sitting beside it.
$UpgradeUuid = '6490ff6d-0f7b-47da-bbe3-7ae63fcbcf78'

function Fail([string] $message) { throw "build.ps1: $message" }

# Runs a native program and stops on a non-zero exit code (PowerShell 5 does not).
function Invoke-Native([string] $program, [string[]] $arguments) {
    & $program @arguments
    if ($LASTEXITCODE -ne 0) { Fail "$program exited with code $LASTEXITCODE" }
}

$repo = (Resolve-Path (Join-Path $PSScriptRoot '..\..')).Path
$installers = Join-Path $repo 'installers'
Set-Location $repo
if (-not [IO.Path]::IsPathRooted($BuildDir)) { $BuildDir = Join-Path $repo $BuildDir }
if (-not $Dest) { $Dest = Join-Path $BuildDir 'installer' }
if (-not [IO.Path]::IsPathRooted($Dest)) { $Dest = Join-Path $repo $Dest }
$deps = Join-Path $BuildDir 'installer-deps'

if (-not (Get-Command jpackage -ErrorAction SilentlyContinue)) { Fail 'jpackage is missing: install a JDK 17 and put its bin folder on the PATH' }
if ($Type -contains 'msi') {
    foreach ($tool in 'candle.exe', 'light.exe') {
        if (-not (Get-Command $tool -ErrorAction SilentlyContinue)) { Fail "$tool is missing: install WiX Toolset 3.x and put its bin folder on the PATH" }
    }
}

if (-not $SkipMaven) {
    if (-not (Get-Command mvn -ErrorAction SilentlyContinue)) { Fail 'mvn is missing: install Maven 3.8+' }
    if (Test-Path $deps) { Remove-Item -Recurse -Force $deps }
    # Every -D is quoted: unquoted, PowerShell splits -Dmaven.test.skip=true at the first dot.
    Invoke-Native 'mvn' @('-B', '-q', "-Dbuild.dir=$BuildDir", '-Dmaven.test.skip=true', 'package',
        'dependency:copy-dependencies', '-DincludeScope=runtime', "-DoutputDirectory=$deps")
}

# The plain project jar (the shade plugin keeps it as original-omniroute.jar): the shaded omniroute.jar also holds
# JavaFX's classes, which would then be on the class path and in the runtime's javafx modules at once.
$appJar = Join-Path $BuildDir 'original-omniroute.jar'
if (-not (Test-Path $appJar)) { Fail "$appJar is missing: build without -SkipMaven" }
if (-not (Test-Path $deps)) { Fail "$deps is missing: build without -SkipMaven" }
if (& jar tf $appJar | Select-String -Quiet '^javafx/') { Fail "$appJar contains JavaFX classes: expected the project's own classes only" }

# JavaFX goes on the module path (its Windows jars: javafx-graphics-21.0.11-win.jar, ...) and is linked into the
# runtime; the empty javafx-*-<version>.jar stand-ins are left out. Everything else is the class path (--input).
$stage = Join-Path $BuildDir 'jpackage'
if (Test-Path $stage) { Remove-Item -Recurse -Force $stage }
$inputDir = (New-Item -ItemType Directory -Force (Join-Path $stage 'input')).FullName
$javafxDir = (New-Item -ItemType Directory -Force (Join-Path $stage 'javafx')).FullName
New-Item -ItemType Directory -Force $Dest | Out-Null
Copy-Item $appJar (Join-Path $inputDir 'omniroute.jar')
foreach ($jar in Get-ChildItem $deps -Filter '*.jar') {
    if ($jar.Name -like 'javafx-*-win*.jar') { Copy-Item $jar.FullName $javafxDir }
    elseif ($jar.Name -notlike 'javafx-*') { Copy-Item $jar.FullName $inputDir }
}
if (-not (Get-ChildItem $javafxDir -Filter 'javafx-graphics-*.jar')) { Fail "no javafx-graphics-*-win.jar in ${deps}: did Maven resolve JavaFX for Windows?" }

if (-not $AppVersion) {
    $pomVersion = (Get-Content (Join-Path $BuildDir 'maven-archiver\pom.properties') | Where-Object { $_ -like 'version=*' }) -replace '^version=', ''
    $AppVersion = ($pomVersion -split '-')[0]
}
if ($AppVersion -notmatch '^\d+(\.\d+){0,2}$') { Fail "app version '$AppVersion' must be numeric, e.g. 0.1.0 (-AppVersion)" }

function Invoke-JPackage([string] $packageType, [string[]] $more) {
    $watch = [Diagnostics.Stopwatch]::StartNew()
    # "@file" stays quoted: a bare @ starts a splat in PowerShell.
    Invoke-Native 'jpackage' (@("@$installers\omniroute.jpackage", '--app-version', $AppVersion,
        '--type', $packageType, '--dest', $Dest) + $more)
    Write-Host ("build.ps1: {0} built in {1:n0} s" -f $packageType, $watch.Elapsed.TotalSeconds)
}

$image = Join-Path $Dest 'omniroute'
if (Test-Path $image) { Remove-Item -Recurse -Force $image }
Invoke-JPackage 'app-image' @("@$installers\app-image.jpackage", '--icon', "$installers\windows\omniroute.ico",
    '--input', $inputDir, '--main-jar', 'omniroute.jar', '--module-path', $javafxDir, '--win-console',
    '--add-launcher', "omniroute-gui=$installers\windows\omniroute-gui.properties")

# jlink keeps JavaFX's native libraries inside the modules, so JavaFX would unpack them into %USERPROFILE%\.openjfx
# on the first window. Put beside the runtime's own DLLs, they load from there; the runtime's own copies of shared
# DLLs (the C++ runtime) are kept.
Add-Type -AssemblyName System.IO.Compression.FileSystem
$runtimeBin = Join-Path $image 'runtime\bin'
foreach ($jar in Get-ChildItem $javafxDir -Filter '*.jar') {
    $zip = [IO.Compression.ZipFile]::OpenRead($jar.FullName)
    try {
        foreach ($entry in $zip.Entries | Where-Object { $_.FullName -match '^[^/]+\.dll$' }) {
            $target = Join-Path $runtimeBin $entry.Name
            if (-not (Test-Path $target)) { [IO.Compression.ZipFileExtensions]::ExtractToFile($entry, $target) }
        }
    } finally { $zip.Dispose() }
}
$imageMb = (Get-ChildItem -Recurse -File $image | Measure-Object -Sum Length).Sum / 1MB
Write-Host ("build.ps1: {0:n0} MB {1}" -f $imageMb, $image)

if ($Type -contains 'msi') {
    Get-ChildItem $Dest -Filter 'omniroute-*.msi' | Remove-Item -Force
    Invoke-JPackage 'msi' @('--app-image', $image, '--icon', "$installers\windows\omniroute.ico",
        '--win-menu', '--win-menu-group', 'Omniroute', '--win-shortcut', '--win-dir-chooser',
        '--win-upgrade-uuid', $UpgradeUuid)
    $msi = Get-ChildItem $Dest -Filter 'omniroute-*.msi' | Select-Object -First 1
    Write-Host ("build.ps1: {0:n0} MB {1}" -f ($msi.Length / 1MB), $msi.FullName)
}
