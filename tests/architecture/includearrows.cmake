# Checks the arrows between app/'s folders: a file may include the headers of its own folder and
# of the folders listed for it below, nothing else of app/. Anything but shell/ including the main
# window, the panel including the graph, a widget including the command line: each fails here.
# core/ includes nothing of app/. Run as: cmake -DAPP_DIR=<app> -DCORE_DIR=<core> -P this file
# (CORE_DIR optional). Prints every include against the arrows, then fails if there was one.
cmake_minimum_required(VERSION 3.25)

# The folders each folder may include, besides itself; everything may include core/ and data/.
set(arrows_theme "")
set(arrows_document "")
set(arrows_export "")
set(arrows_graph "theme;document;export")
set(arrows_panel "theme;document")
set(arrows_controls "theme;document")
set(arrows_england "theme;document")
set(arrows_presentation "theme;document")
set(arrows_shell "theme;document;export;graph;panel;controls;england;presentation")
# The program's own main() files, at app/'s top, only wire the shell together.
set(arrows_ "shell")
set(folders theme document export graph panel controls england presentation shell)

get_filename_component(APP_DIR ${APP_DIR} ABSOLUTE)
set(violations 0)
file(GLOB_RECURSE files RELATIVE ${APP_DIR} ${APP_DIR}/*.h ${APP_DIR}/*.cpp)
foreach(file IN LISTS files)
    get_filename_component(folder ${file} DIRECTORY)
    if(NOT folder STREQUAL "" AND NOT folder IN_LIST folders)
        message("app/${file}: the folder '${folder}' is not one of the architecture's")
        math(EXPR violations "${violations} + 1")
        continue()
    endif()
    file(STRINGS ${APP_DIR}/${file} includes REGEX "^#include \"app/")
    foreach(include IN LISTS includes)
        string(REGEX REPLACE "^#include \"app/([^\"]*)\".*" "\\1" header "${include}")
        get_filename_component(target ${header} DIRECTORY)
        if(target STREQUAL folder OR target IN_LIST arrows_${folder})
            continue()
        endif()
        message("app/${file}: includes app/${header}, but ${folder} may not depend on ${target}")
        math(EXPR violations "${violations} + 1")
    endforeach()
endforeach()

if(DEFINED CORE_DIR)
    get_filename_component(CORE_DIR ${CORE_DIR} ABSOLUTE)
    file(GLOB_RECURSE core_files RELATIVE ${CORE_DIR} ${CORE_DIR}/*.h ${CORE_DIR}/*.cpp)
    foreach(file IN LISTS core_files)
        file(STRINGS ${CORE_DIR}/${file} includes
             REGEX "^#include [\"<](app/|QtGui|QtWidgets|QWidget|QPainter|QGuiApplication)")
        foreach(include IN LISTS includes)
            message("core/${file}: ${include}, but core uses Qt Core only and nothing of app/")
            math(EXPR violations "${violations} + 1")
        endforeach()
    endforeach()
endif()

if(violations GREATER 0)
    message(FATAL_ERROR "${violations} include(s) against the architecture's arrows")
endif()
list(LENGTH files count)
message("app/'s ${count} files follow the architecture's arrows")
