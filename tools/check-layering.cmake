# Fails when a source file includes a header of a module it may not use (docs/modules.md).
# cmake -DROOT=<source dir> -P tools/check-layering.cmake
#
# A module is a folder: app/X is "X", server/X is "server/X", ui/X is "ui/X"; files directly
# in server/ or ui/ are "server" or "ui". The core is included as "app/X/File.h"; a server or
# UI file includes its own tree's "dir/File.h".
#
# Each module may include itself and what is listed for it (the whole list, not just the
# next layer down: each line reads on its own).
set(CORE core)
set(allow_core "")
set(allow_platform "")
set(allow_crypto core)
set(allow_domain core)
set(allow_wire core)
set(allow_storage core crypto)
set(allow_privacy core crypto storage)
set(allow_consent core crypto domain storage)
set(allow_journal core crypto domain storage privacy consent)
set(allow_sync core crypto domain storage privacy consent journal wire)
set(allow_terminal core crypto)
set(allow_receipt core crypto domain storage privacy consent journal)
set(allow_cli core crypto domain storage privacy consent journal wire sync terminal receipt)
set(APP core crypto domain wire storage privacy consent journal sync receipt platform)
set(allow_server/tls core crypto wire)
set(allow_server/http core wire)
set(allow_server/keys core crypto)
set(allow_server/store core crypto domain wire storage privacy journal sync server/keys)
set(allow_server/retention core crypto domain wire storage privacy journal sync server/keys
    server/store)
set(allow_server/accounts core crypto domain wire storage privacy journal sync server/keys
    server/store)
set(allow_server/api core crypto domain wire storage privacy journal sync server/keys server/store
    server/accounts server/http)
set(allow_server/admin core crypto domain wire storage privacy journal sync terminal server/keys
    server/store server/retention server/accounts server/tls server/http server/api)
set(allow_server core crypto domain wire storage privacy journal sync terminal server/keys server/store
    server/retention server/accounts server/tls server/http server/api server/admin)
set(allow_ui/shell ${APP})
set(allow_ui/pages ${APP} ui/shell)
set(allow_ui/casefile ${APP} ui/shell)
set(allow_ui/caseload ${APP} ui/shell ui/casefile)
set(allow_ui/consent ${APP} ui/shell ui/casefile)
set(allow_ui/sync ${APP} ui/shell ui/casefile)
set(allow_ui ${APP} ui/shell ui/pages ui/casefile ui/caseload ui/consent ui/sync)

# Headers only their own module may include (tests may include anything).
set(private_headers app/journal/JournalInternals.h)

file(GLOB_RECURSE sources RELATIVE ${ROOT} ${ROOT}/app/*.h ${ROOT}/app/*.cpp
     ${ROOT}/server/*.h ${ROOT}/server/*.cpp ${ROOT}/ui/*.h ${ROOT}/ui/*.cpp)
set(problems "")
set(checked 0)
foreach(source ${sources})
  string(REPLACE "/" ";" parts "${source}")
  list(LENGTH parts depth)
  list(GET parts 0 tree)
  if(tree STREQUAL "app")
    list(GET parts 1 module)
  elseif(depth GREATER 2)
    list(GET parts 1 sub)
    set(module "${tree}/${sub}")
  else()
    set(module "${tree}")
  endif()
  if(NOT DEFINED allow_${module})
    string(APPEND problems "  ${source}: module ${module} is not in the table\n")
    continue()
  endif()
  file(STRINGS ${ROOT}/${source} includes REGEX "^#include \"[^\"]+/[^\"]+\"")
  foreach(line ${includes})
    string(REGEX REPLACE "^#include \"([^\"]+)\".*" "\\1" header "${line}")
    string(REGEX REPLACE "/.*" "" dir "${header}")
    if(dir STREQUAL "app" AND EXISTS ${ROOT}/${header})
      # The core, as everyone includes it: "app/<module>/<File>.h".
      string(REGEX REPLACE "^app/([^/]+)/.*" "\\1" target "${header}")
    elseif(NOT tree STREQUAL "app" AND EXISTS ${ROOT}/${tree}/${header})
      set(target "${tree}/${dir}")
    elseif((dir STREQUAL "server" OR dir STREQUAL "ui") AND EXISTS ${ROOT}/${header})
      string(REGEX REPLACE "^([^/]+/[^/]+)/.*" "\\1" target "${header}")
    else()
      continue() # a generated header or one of a library
    endif()
    math(EXPR checked "${checked} + 1")
    if(target STREQUAL module)
      continue()
    endif()
    list(FIND private_headers "${header}" private)
    if(NOT private EQUAL -1)
      string(APPEND problems "  ${source}: ${header} is ${target}'s own\n")
      continue()
    endif()
    list(FIND allow_${module} "${target}" found)
    if(found EQUAL -1)
      string(APPEND problems "  ${source}: ${module} may not include ${header} (${target})\n")
    endif()
  endforeach()
endforeach()
if(problems)
  message(FATAL_ERROR "Includes against the module order (docs/modules.md):\n${problems}")
endif()
message(STATUS "layering: ${checked} includes follow the module order")
