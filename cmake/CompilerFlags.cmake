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
# GCC and Clang spell the warnings and hardening one way, MSVC another; each flag that not every
# toolchain has is asked for only where the compiler or linker says it takes it (issue 17:
# the Windows and macOS builds).
include(CheckCXXCompilerFlag)
include(CheckLinkerFlag)
if(MSVC)
  target_compile_options(fortrolig_build_flags INTERFACE /W4 /permissive- /guard:cf
    $<$<BOOL:${FORTROLIG_WERROR}>:/WX>)
  target_link_options(fortrolig_build_flags INTERFACE /guard:cf /DYNAMICBASE /NXCOMPAT)
else()
  target_compile_options(fortrolig_build_flags INTERFACE
    -Wall -Wextra -Wshadow -Wnon-virtual-dtor -Wformat=2 -Werror=switch
    $<$<BOOL:${FORTROLIG_WERROR}>:-Werror>)
  check_cxx_compiler_flag(-fstack-protector-strong FORTROLIG_HAVE_STACK_PROTECTOR)
  if(FORTROLIG_HAVE_STACK_PROTECTOR)
    target_compile_options(fortrolig_build_flags INTERFACE -fstack-protector-strong)
  endif()
  check_linker_flag(CXX "LINKER:-z,relro,-z,now" FORTROLIG_HAVE_RELRO) # ELF only
  if(FORTROLIG_HAVE_RELRO)
    target_link_options(fortrolig_build_flags INTERFACE "LINKER:-z,relro,-z,now")
  endif()
endif()

if(FORTROLIG_SANITIZE)
  target_compile_options(fortrolig_build_flags INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(fortrolig_build_flags INTERFACE -fsanitize=address,undefined)
endif()
