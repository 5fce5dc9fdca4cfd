# libphonenumber ships in Debian without a CMake config. Prefer the shared
# library (it carries its own dependencies); with only the static archive,
# link what it needs: protobuf, ICU and the abseil hash containers.
find_path(PHONENUMBER_INCLUDE_DIR phonenumbers/phonenumberutil.h REQUIRED)
find_library(PHONENUMBER_LIBRARY NAMES phonenumber libphonenumber.a REQUIRED)
find_package(Protobuf REQUIRED)
find_package(ICU REQUIRED COMPONENTS uc i18n data)

add_library(PhoneNumber::PhoneNumber INTERFACE IMPORTED)
target_include_directories(PhoneNumber::PhoneNumber SYSTEM INTERFACE ${PHONENUMBER_INCLUDE_DIR})
target_link_libraries(PhoneNumber::PhoneNumber INTERFACE
    ${PHONENUMBER_LIBRARY} protobuf::libprotobuf ICU::i18n ICU::uc ICU::data)
if(PHONENUMBER_LIBRARY MATCHES "\\.a$")
    foreach(absl_lib absl_hash absl_raw_hash_set absl_city absl_low_level_hash absl_strings
                     absl_throw_delegate absl_raw_logging_internal)
        find_library(PHONENUMBER_${absl_lib} NAMES ${absl_lib} REQUIRED)
        target_link_libraries(PhoneNumber::PhoneNumber INTERFACE ${PHONENUMBER_${absl_lib}})
    endforeach()
endif()
message(STATUS "libphonenumber: ${PHONENUMBER_LIBRARY}")
