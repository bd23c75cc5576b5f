# The layering check fails on an include against the module order and passes without one.
# cmake -DCHECK=tools/check-layering.cmake -DWORK=<empty dir> -P tests/layering_selftest.cmake
file(REMOVE_RECURSE ${WORK})
file(WRITE ${WORK}/app/journal/Journal.h "#pragma once\n")
file(WRITE ${WORK}/app/storage/Fine.cpp "#include \"app/storage/Fine.h\"\n#include \"app/crypto/Key.h\"\n")
file(WRITE ${WORK}/app/storage/Fine.h "#pragma once\n")
file(WRITE ${WORK}/app/crypto/Key.h "#pragma once\n")
# The journal's private header, used inside the journal: allowed.
file(WRITE ${WORK}/app/journal/JournalInternals.h "#pragma once\n")
file(WRITE ${WORK}/app/journal/JournalSync.cpp "#include \"app/journal/JournalInternals.h\"\n")
file(WRITE ${WORK}/app/sync/Round.cpp "#include \"app/journal/Journal.h\"\n")
execute_process(COMMAND ${CMAKE_COMMAND} -DROOT=${WORK} -P ${CHECK} RESULT_VARIABLE rc
                OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "an allowed include was refused:\n${out}${err}")
endif()
# storage is below journal: including it is against the order.
file(WRITE ${WORK}/app/storage/Bad.cpp "#include \"app/journal/Journal.h\"\n")
# A server module including one it may not (http -> store).
file(WRITE ${WORK}/server/store/Db.h "#pragma once\n")
file(WRITE ${WORK}/server/http/Web.cpp "#include \"store/Db.h\"\n")
# sync may use the journal, but not its private header.
file(WRITE ${WORK}/app/sync/Raw.cpp "#include \"app/journal/JournalInternals.h\"\n")
execute_process(COMMAND ${CMAKE_COMMAND} -DROOT=${WORK} -P ${CHECK} RESULT_VARIABLE rc
                OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(rc EQUAL 0)
  message(FATAL_ERROR "includes against the order were not refused")
endif()
foreach(expected "app/storage/Bad.cpp: storage may not include app/journal/Journal.h"
                 "server/http/Web.cpp: server/http may not include store/Db.h"
                 "app/sync/Raw.cpp: app/journal/JournalInternals.h is journal's own")
  string(FIND "${err}" "${expected}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "not named: ${expected}\n${err}")
  endif()
endforeach()
message(STATUS "layering check: refuses what it should, passes what it should")
