@echo off
rem NOVA, version portable : lance l'application avec un Java 25 (JAVA_HOME, sinon celui du PATH).
rem Les arguments sont transmis tels quels : "nova --help" liste les commandes.
rem NOVA_JAVA_OPTS ajoute des options a la JVM (par exemple set NOVA_JAVA_OPTS=-Xmx1g).
setlocal EnableExtensions EnableDelayedExpansion

set "APP_HOME=%~dp0.."
for %%I in ("%APP_HOME%") do set "APP_HOME=%%~fI"

if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" (
  set "JAVA=%JAVA_HOME%\bin\java.exe"
  goto :check_version
)
set "JAVA="
for %%J in (java.exe) do set "JAVA=%%~$PATH:J"
if not defined JAVA (
  echo NOVA : Java 25 est introuvable. Installez un JDK ou JRE 25 ^(par exemple Temurin 25^) ou definissez JAVA_HOME. 1>&2
  exit /b 1
)

:check_version
rem Through a file: a for /f command line breaks on quoted paths such as "C:\Program Files (x86)\...".
set "MAJOR="
set "SETTINGS=%TEMP%\nova-java-%RANDOM%.txt"
"%JAVA%" -XshowSettings:properties -version >"%SETTINGS%" 2>&1
for /f "usebackq tokens=1,* delims==" %%K in ("%SETTINGS%") do (
  set "KEY=%%K"
  set "KEY=!KEY: =!"
  if "!KEY!"=="java.specification.version" set "MAJOR=%%L"
)
del "%SETTINGS%" >nul 2>&1
if defined MAJOR set "MAJOR=!MAJOR: =!"
for /f "delims=." %%M in ("!MAJOR!") do set "MAJOR=%%M"
if not defined MAJOR set "MAJOR=0"
if !MAJOR! LSS 25 (
  echo NOVA : !JAVA! est un Java !MAJOR! ; NOVA demande Java 25 ou plus recent ^(definissez JAVA_HOME^). 1>&2
  exit /b 1
)

rem conf\nova.properties: data.dir (relative paths start from the NOVA folder) unless the command line already
rem gives --data-dir, and java.options for the JVM. The last line of a key wins.
set "DATA_DIR="
set "CONF_JAVA_OPTS="
if exist "%APP_HOME%\conf\nova.properties" (
  for /f "usebackq eol=# tokens=1,* delims==" %%A in ("%APP_HOME%\conf\nova.properties") do (
    set "KEY=%%A"
    set "KEY=!KEY: =!"
    if "!KEY!"=="data.dir" set "DATA_DIR=%%B"
    if "!KEY!"=="java.options" set "CONF_JAVA_OPTS=%%B"
  )
)
echo.%* | findstr /c:"--data-dir" >nul && set "DATA_DIR="
set "DATA_ARGS="
if defined DATA_DIR (
  for /f "tokens=* delims= " %%D in ("!DATA_DIR!") do set "DATA_DIR=%%D"
  echo !DATA_DIR! | findstr /r /c:"^[A-Za-z]:" /c:"^\\\\" >nul || set "DATA_DIR=%APP_HOME%\!DATA_DIR!"
  set DATA_ARGS=--data-dir "!DATA_DIR!"
)

"%JAVA%" --enable-native-access=ALL-UNNAMED !CONF_JAVA_OPTS! %NOVA_JAVA_OPTS% -cp "%APP_HOME%\lib\*" nova.Main !DATA_ARGS! %*
exit /b %ERRORLEVEL%
