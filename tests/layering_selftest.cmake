# The layering check fails on an include against the module order and passes without one.
# cmake -DCHECK=tools/check-layering.cmake -DWORK=<empty dir> -P tests/layering_selftest.cmake
file(REMOVE_RECURSE ${WORK})
file(WRITE ${WORK}/app/journal/Journal.h "#pragma once\n")
file(WRITE ${WORK}/app/storage/Fine.cpp "#include \"app/storage/Fine.h\"\n#include \"app/crypto/Key.h\"\n")
file(WRITE ${WORK}/app/storage/Fine.h "#pragma once\n")
file(WRITE ${WORK}/app/crypto/Key.h "#pragma once\n")
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
execute_process(COMMAND ${CMAKE_COMMAND} -DROOT=${WORK} -P ${CHECK} RESULT_VARIABLE rc
                OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(rc EQUAL 0)
  message(FATAL_ERROR "includes against the order were not refused")
endif()
foreach(expected "app/storage/Bad.cpp: storage may not include app/journal/Journal.h"
                 "server/http/Web.cpp: server/http may not include store/Db.h")
  string(FIND "${err}" "${expected}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "not named: ${expected}\n${err}")
  endif()
endforeach()
message(STATUS "layering check: refuses what it should, passes what it should")
