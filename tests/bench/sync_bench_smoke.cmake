execute_process(COMMAND ${BENCH} --pull 400 --push 120 --clients 4 --seconds 2 --retention 20
  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
message("${out}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "fortrolig-sync-bench failed: ${rc}\n${err}")
endif()
foreach(backend sqlcipher postgres)
  foreach(figure pull_400_events pull_rate pull_longest_event_loop_block push_120_events
          push_round_with_pull_back concurrent_4_clients_requests_per_second
          concurrent_4_clients_server_time_p95 concurrent_4_clients_sync_round_p95
          concurrent_4_clients_under_attack_sync_round_p95
          concurrent_4_clients_under_attack_server_time_p95 retention_dry_run_40_cases
          retention_job_20_due_cases retention_job_per_case)
    if(NOT out MATCHES "${figure}_${backend}: [0-9]+\\.[0-9]+ [a-zA-Z/]+")
      message(FATAL_ERROR "figure missing: ${figure}_${backend}")
    endif()
  endforeach()
endforeach()
