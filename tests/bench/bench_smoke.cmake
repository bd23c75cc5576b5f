execute_process(COMMAND ${BENCH} --citizens 50 --notes 2000 --samples 20 --desktop-citizens 100
  OUTPUT_VARIABLE out RESULT_VARIABLE rc)
message("${out}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "fortrolig-bench failed: ${rc}")
endif()
foreach(figure argon2id_unlock journal_open_with_key caseload_list note_search_p50 note_search_p95
        durable_note_save_p50 durable_note_save_p95 rss_after_open overhead_note_search_p50
        cold_start_to_unlock_screen unlock_argon2id unlock_to_caseload_visible_without_argon2id)
  if(NOT out MATCHES "${figure}: [0-9]+\\.[0-9]+ [a-zA-Z/]+")
    message(FATAL_ERROR "figure missing: ${figure}")
  endif()
endforeach()
