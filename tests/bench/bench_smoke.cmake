cmake_minimum_required(VERSION 3.25)
# A smoke run on a tiny caseload: the benchmark still runs and prints every figure, each a
# number (any non-negative form: 12, 12.5, 1.2e+03). The values themselves are not checked:
# a slow or busy machine must not fail this.
execute_process(COMMAND ${BENCH} --citizens 50 --notes 2000 --samples 20 --desktop-citizens 100
  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
message("${out}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "fortrolig-bench failed: ${rc}\n${err}")
endif()

# "name: value unit", one a line; the name is matched whole (note_search_p50 is not
# overhead_note_search_p50).
set(number "[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?")
string(REPLACE "\n" ";" lines "${out}")
set(values "")
foreach(line IN LISTS lines)
  if(line MATCHES "^([a-z0-9_]+): (.*)$")
    set(name "${CMAKE_MATCH_1}")
    set(value "${CMAKE_MATCH_2}")
    if(NOT value MATCHES "^${number}( |$)")
      message(FATAL_ERROR "not a non-negative number: ${line}")
    endif()
    list(APPEND values "${name}")
  endif()
endforeach()

foreach(figure
        argon2id_unlock build_notes_per_second journal_size journal_open_with_key caseload_list
        note_search_p50 note_search_p95 durable_note_save_p50 durable_note_save_p95
        rss_after_open verify_every_page verify_every_page_rate
        retention_delete_case_of_200_notes_p50 retention_delete_case_of_200_notes_p95
        journal_size_before_deletions journal_size_after_deletions
        build_notes_per_second_unencrypted caseload_list_unencrypted
        note_search_p50_unencrypted note_search_p95_unencrypted
        durable_note_save_p50_unencrypted durable_note_save_p95_unencrypted
        overhead_build overhead_caseload_list overhead_note_search_p50
        overhead_durable_note_save_p50
        cold_start_to_unlock_screen cold_start_to_unlock_screen_in_process
        unlock_argon2id unlock_to_caseload_visible_without_argon2id
        unlock_to_caseload_visible_total notes_timeline_next_note_500_notes)
  if(NOT figure IN_LIST values)
    message(FATAL_ERROR "figure missing: ${figure}")
  endif()
endforeach()
