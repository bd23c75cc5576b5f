// Must NOT compile cleanly: an Error or a Result that is dropped is a warning (an error with
// -Werror). tests/unit/CMakeLists.txt builds this on purpose and expects the compiler to say
// "nodiscard" twice.
#include "app/core/Error.h"

namespace {
fortrolig::Error mayFail()
{
    return fortrolig::Error(fortrolig::ErrorCode::IoError);
}
fortrolig::Result<int> mayFailWithValue()
{
    return 1;
}
} // namespace

void droppedErrors()
{
    mayFail();
    mayFailWithValue();
}
