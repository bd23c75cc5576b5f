# Compile definitions that catch string bugs (style.md) and hardening flags, applied to
# every target of ours through fortrolig_harden().
include(CheckPIESupported)
check_pie_supported()
set(CMAKE_POSITION_INDEPENDENT_CODE ON)

add_library(fortrolig_build_flags INTERFACE)
target_compile_definitions(fortrolig_build_flags INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
  QT_NO_CAST_FROM_BYTEARRAY QT_NO_FOREACH QT_USE_QSTRINGBUILDER
  QT_NO_KEYWORDS
  $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
target_compile_options(fortrolig_build_flags INTERFACE
  -Wall -Wextra -Wshadow -Wnon-virtual-dtor -Wformat=2 -Werror=switch
  -fstack-protector-strong
  $<$<BOOL:${FORTROLIG_WERROR}>:-Werror>)
target_link_options(fortrolig_build_flags INTERFACE -Wl,-z,relro -Wl,-z,now)

if(FORTROLIG_SANITIZE)
  target_compile_options(fortrolig_build_flags INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(fortrolig_build_flags INTERFACE -fsanitize=address,undefined)
endif()
