# One INTERFACE target that every ContactDesk target links: warnings and the
# Qt safety defines the house style asks for.
add_library(contactdesk_options INTERFACE)
add_library(ContactDesk::options ALIAS contactdesk_options)

# The repository root is the one include root: every include names its
# layer ("store/ContactStore.h").
target_include_directories(contactdesk_options INTERFACE ${PROJECT_SOURCE_DIR})

target_compile_definitions(contactdesk_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(contactdesk_options INTERFACE
        -Wall -Wextra -Wpedantic
        -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
        -Woverloaded-virtual -Wformat=2
        -Wimplicit-fallthrough -Wmissing-declarations)
    if(CONTACTDESK_WERROR)
        target_compile_options(contactdesk_options INTERFACE -Werror)
    endif()
endif()
