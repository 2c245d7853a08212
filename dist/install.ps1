# Installs nassij on Windows (x86_64), without Rust. In PowerShell:
#
#   irm https://github.com/nassij/nassij/releases/latest/download/install.ps1 | iex
#
# It downloads the release archive, checks its SHA-256 against the release's
# SHA256SUMS, copies nassij.exe into %LOCALAPPDATA%\nassij\bin (with the
# release's checksums beside it, as nassij.sha256sums: `nassij init` pins
# them in the CI files it writes) and adds that folder to your user PATH.
#
# Settings (environment variables, all optional; set them before the line
# above, e.g. $env:NASSIJ_VERSION = '0.1.0'):
#   NASSIJ_VERSION      the version to install (default: the version this
#                       script was released with, else the latest release)
#   NASSIJ_INSTALL_DIR  where to put nassij.exe
#   NASSIJ_DOWNLOAD     where releases are downloaded from (default:
#                       https://github.com/nassij/nassij/releases/download)

# Everything runs inside one script block: an error stops the install, not
# the PowerShell window that ran `iex`.
& {
    $ErrorActionPreference = 'Stop'
    $ProgressPreference = 'SilentlyContinue'

    # Filled in by the release workflow with the release's version; empty in
    # the repository's copy, which installs the latest release.
    $ReleasedVersion = ''

    # Windows PowerShell 5.1 may not offer TLS 1.2 by default.
    try {
        [Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12
    } catch { }

    $DownloadBase = if ($env:NASSIJ_DOWNLOAD) { $env:NASSIJ_DOWNLOAD.TrimEnd('/') } else { 'https://github.com/nassij/nassij/releases/download' }
    $InstallDir = if ($env:NASSIJ_INSTALL_DIR) { $env:NASSIJ_INSTALL_DIR } else { Join-Path $env:LOCALAPPDATA 'nassij\bin' }

    $Arch = $env:PROCESSOR_ARCHITECTURE
    if ($env:PROCESSOR_ARCHITEW6432) { $Arch = $env:PROCESSOR_ARCHITEW6432 }
    if ($Arch -eq 'ARM64') {
        Write-Host 'This is an ARM64 computer: nassij for x86_64 is installed; Windows runs it through its x64 emulation.'
    } elseif ($Arch -ne 'AMD64') {
        throw "There is no nassij release for the processor $Arch; the Windows release is for x86_64 (AMD64)."
    }
    $Target = 'x86_64-windows'

    $Version = if ($env:NASSIJ_VERSION) { $env:NASSIJ_VERSION } else { $ReleasedVersion }
    if (-not $Version) {
        # .../releases/latest redirects to .../releases/tag/vX.Y.Z
        $LatestUrl = ($DownloadBase -replace '/download$', '') + '/latest'
        try {
            $Response = Invoke-WebRequest -Uri $LatestUrl -UseBasicParsing
            $Final = if ($Response.BaseResponse.ResponseUri) {
                $Response.BaseResponse.ResponseUri.AbsoluteUri
            } else {
                $Response.BaseResponse.RequestMessage.RequestUri.AbsoluteUri
            }
        } catch {
            $Final = ''
        }
        if ($Final -match '/tag/v([^/]+)$') {
            $Version = $Matches[1]
        } else {
            throw "Could not find the latest release at $LatestUrl; set the version to install first, e.g. `$env:NASSIJ_VERSION = '0.1.0'"
        }
    }
    $Version = $Version -replace '^v', ''
    if ($Version -notmatch '^[0-9A-Za-z.+-]+$') {
        throw "'$Version' is not a version number (expected e.g. 0.1.0)."
    }

    $Asset = "nassij-$Version-$Target.zip"
    $Base = "$DownloadBase/v$Version"
    $Temp = Join-Path ([IO.Path]::GetTempPath()) ("nassij-install-" + [Guid]::NewGuid().ToString('N'))
    New-Item -ItemType Directory -Path $Temp | Out-Null
    try {
        Write-Host "Downloading nassij $Version for $Target from $Base/"
        $Zip = Join-Path $Temp $Asset
        $Sums = Join-Path $Temp 'SHA256SUMS'
        try {
            Invoke-WebRequest -Uri "$Base/$Asset" -OutFile $Zip -UseBasicParsing
        } catch {
            throw "Could not download $Base/$Asset (is $Version a released version?): $($_.Exception.Message)"
        }
        try {
            Invoke-WebRequest -Uri "$Base/SHA256SUMS" -OutFile $Sums -UseBasicParsing
        } catch {
            throw "Could not download $Base/SHA256SUMS, needed to check the download: $($_.Exception.Message)"
        }

        $Expected = $null
        foreach ($Line in Get-Content -Path $Sums) {
            $Fields = $Line.Trim() -split '\s+', 2
            if ($Fields.Count -eq 2 -and $Fields[1].TrimStart('*') -eq $Asset) {
                $Expected = $Fields[0].ToLowerInvariant()
                break
            }
        }
        if (-not $Expected) {
            throw "$Asset is not listed in the release's SHA256SUMS: nothing was installed."
        }
        $Actual = (Get-FileHash -Algorithm SHA256 -Path $Zip).Hash.ToLowerInvariant()
        if ($Actual -ne $Expected) {
            throw "The download is damaged or was changed: its SHA-256 is $Actual, the release says $Expected. Nothing was installed."
        }
        Write-Host "Checked: the SHA-256 of $Asset matches the release's SHA256SUMS."

        Expand-Archive -Path $Zip -DestinationPath $Temp -Force
        $Exe = Join-Path $Temp "nassij-$Version-$Target\nassij.exe"
        if (-not (Test-Path -Path $Exe -PathType Leaf)) {
            throw "$Asset holds no nassij-$Version-$Target\nassij.exe: nothing was installed."
        }

        New-Item -ItemType Directory -Path $InstallDir -Force | Out-Null
        $Installed = Join-Path $InstallDir 'nassij.exe'
        # A running nassij.exe cannot be overwritten but can be renamed.
        if (Test-Path -Path $Installed) {
            $Old = "$Installed.old"
            Remove-Item -Path $Old -Force -ErrorAction SilentlyContinue
            Move-Item -Path $Installed -Destination $Old -Force
        }
        Copy-Item -Path $Exe -Destination $Installed -Force
        Copy-Item -Path $Sums -Destination (Join-Path $InstallDir 'nassij.sha256sums') -Force
        Write-Host "Installed nassij $Version as $Installed"
        Write-Host "  (with the release's checksums beside it, nassij.sha256sums: nassij init pins them in your site's CI)."
    } finally {
        Remove-Item -Path $Temp -Recurse -Force -ErrorAction SilentlyContinue
    }

    $UserPath = [Environment]::GetEnvironmentVariable('Path', 'User')
    # @(...): an array even when the PATH has a single entry.
    $Entries = @()
    if ($UserPath) { $Entries = @($UserPath -split ';' | Where-Object { $_ }) }
    if ($Entries | Where-Object { $_.TrimEnd('\') -ieq $InstallDir.TrimEnd('\') }) {
        Write-Host "$InstallDir is already on your user PATH."
    } else {
        [Environment]::SetEnvironmentVariable('Path', (($Entries + $InstallDir) -join ';'), 'User')
        Write-Host "Added $InstallDir to your user PATH: new terminals find the command nassij."
    }
    if (-not (($env:Path -split ';') | Where-Object { $_.TrimEnd('\') -ieq $InstallDir.TrimEnd('\') })) {
        $env:Path = "$env:Path;$InstallDir"
    }
    Write-Host ''
    Write-Host 'Next: nassij init my-portal, then cd my-portal and nassij serve.'
}
