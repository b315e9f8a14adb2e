/* natives_lib.c: the natives of the standard library written in Java (stdlib/java), beyond
 * the core ones in natives.c: Object.clone, reflective array creation and Class queries,
 * the Unicode tables behind java.lang.Character, Double/Float parsing and bit conversions,
 * the rest of Math's libm functions, stack trace elements, the environment, and the byte
 * streams of the standard descriptors. Each is bound by (class, name, descriptor) like the
 * core natives; natives.c describes the calling convention (args[0] is `this` for instance
 * methods; an exception is made pending with vm_throw and the return value ignored).
 */
#include "vm.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define NATIVE(fn) static vm_Value fn(vm_Thread *t, vm_Method *m, vm_Value *args)
#define RET_I(x) return (vm_Value){.i = (x)}
#define RET_J(x) return (vm_Value){.j = (x)}
#define RET_F(x) return (vm_Value){.f = (x)}
#define RET_D(x) return (vm_Value){.d = (x)}
#define RET_A(x) return (vm_Value){.a = (x)}
#define RET_V() return (vm_Value){0}

static vm_Object *str(vm_Thread *t, const char *s) { return vm_string_utf8(t, s, strlen(s)); }

/* The vm_Class of a java.lang.Class object. */
static vm_Class *class_of_mirror(vm_Thread *t, vm_Object *mirror) {
    vm_Field *f = vm_find_field(t->vm->c_class, "vmClass", "J");
    return (vm_Class *)(intptr_t)((vm_Value *)((char *)mirror + VM_FIELD_OFFSET(f->slot)))->j;
}

/* ---- java.lang.Object.clone ---- */

/* A shallow copy: arrays always, objects whose class implements Cloneable (the identity
 * hash is not copied). */
NATIVE(object_clone) {
    vm_Object *o = args[0].a;
    vm_Class *c = o->cls;
    if (c->is_array) {
        vm_Object *r = vm_new_array(t, c, o->length);
        if (!r) RET_V();
        memcpy(VM_ARRAY_DATA(r), VM_ARRAY_DATA(o), (size_t)o->length * c->elem_size);
        RET_A(r);
    }
    vm_Class *cloneable = vm_load_class(t, "java/lang/Cloneable");
    if (!cloneable) RET_V();
    if (!vm_instance_of(c, cloneable)) {
        char jn[512];
        vm_throw(t, "java/lang/CloneNotSupportedException", "%s", vm_java_name(c->name, jn, sizeof jn));
        RET_V();
    }
    vm_Object *r = vm_new_object(t, c);
    if (!r) RET_V();
    memcpy((char *)r + VM_HEADER_SIZE, (char *)o + VM_HEADER_SIZE, (size_t)c->nslots * 8);
    RET_A(r);
}

/* ---- java.lang.Class, java.lang.reflect.Array ---- */

NATIVE(class_getComponentType) {
    vm_Class *c = class_of_mirror(t, args[0].a);
    if (!c->is_array || !c->component) RET_A(NULL); /* no Class objects for primitive types */
    RET_A(vm_class_mirror(t, c->component));
}
NATIVE(class_getSuperclass) {
    vm_Class *c = class_of_mirror(t, args[0].a);
    if ((c->flags & LD_ACC_INTERFACE) || !c->super) RET_A(NULL);
    RET_A(vm_class_mirror(t, c->super));
}
NATIVE(class_isInstance) {
    vm_Object *o = args[1].a;
    RET_I(o != NULL && vm_instance_of(o->cls, class_of_mirror(t, args[0].a)));
}
NATIVE(class_isAssignableFrom) {
    if (!args[1].a) {
        vm_throw(t, "java/lang/NullPointerException", NULL);
        RET_V();
    }
    RET_I(vm_instance_of(class_of_mirror(t, args[1].a), class_of_mirror(t, args[0].a)));
}
NATIVE(array_newInstance) {
    if (!args[0].a) {
        vm_throw(t, "java/lang/NullPointerException", NULL);
        RET_V();
    }
    vm_Class *ac = vm_array_class(t, class_of_mirror(t, args[0].a));
    if (!ac) RET_V();
    RET_A(vm_new_array(t, ac, args[1].i)); /* NegativeArraySizeException: "-1" */
}

/* ---- java.lang.Character ----
 *
 * Code points above U+00FF (Character.java answers Latin-1 itself). The tables below come
 * from JDK 17's java.lang.Character (Unicode 13), made by a small Java program:
 *   type_rle      getType as runs from U+0100: each run is 3 base-64 digits, the length
 *                 (2 digits, at most 4095) and the category
 *   casebit_fix   {first, last, mask}: XOR the bits derived from the category (1 lower for
 *                 Ll, 2 upper for Lu, 4 alphabetic for L* and Nl) to get isLowerCase,
 *                 isUpperCase and isAlphabetic (the Other_Lowercase... properties)
 *   upper_runs, lower_runs  {first, last, delta, stride}: toUpperCase/toLowerCase(c) is
 *                 c + delta for every stride-th code point of first..last, else c
 *   title_pairs   {c, toTitleCase(c)} where that differs from toUpperCase(c)
 *   digit_zeros   the digit zero of every decimal digit block (category Nd, 10 code points)
 */
typedef struct {
    int32_t first, last, delta, stride;
} CaseRun;

/* Generated from JDK 17.0.15's java.lang.Character by GenTables (see the comment above). */
#define TYPE_RUNS 4066
static const char type_rle[] =
    "ABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABC"
    "ABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBACCABBABCABBABCABBABCABBABC"
    "ABBABCABBABCABBABCABBACCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABC"
    "ABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCACBABCABBABCABBADCACBABCABBABC"
    "ACBABCADBACCAEBABCACBABCADBADCACBABCACBABCABBABCABBABCACBABCABBACCABBABCACBABCADBABCABBABCACBACC"
    "ABFABBADCAEFABBABDABCABBABDABCABBABDABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBACCABBABCABB"
    "ABCABBABCABBABCABBABCABBABCABBABCABBABCABBACCABBABDABCABBABCADBABCABBABCABBABCABBABCABBABCABBABC"
    "ABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABC"
    "ABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBAHCACBABCACBACCABBABCAEBABCABBABCABBABCABBABCABBBFC"
    "ABFAbCASEAEbAMEAObAFEAHbABEABbABEARbBwGABBABCABBABCABEABbABBABCACAABEADCABYABBAEAACbABBABYADBABA"
    "ABBABAACBABCARBABAAJBAjCABBACCADBADCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABC"
    "ABBABCABBAFCABBABCABZABBABCACBACCAzBAwCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABB"
    "ABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABcAFGACHABBABCABBABCABBABCABBABCABBABCABBABCABBABC"
    "ABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABC"
    "ABBABCABBABCABBABCABBABCACBABCABBABCABBABCABBABCABBABCABBABCABBACCABBABCABBABCABBABCABBABCABBABC"
    "ABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABC"
    "ABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABC"
    "ABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABAAmBACAABEAGYApCABYABUACAACc"
    "ABaABAAtGABUABGABYACGABYACGABYABGAIAAbFAEAAEFACYALAAGQADZACYABaACYACcALGABYABQABAACYAgFABEAKFAVG"
    "AKJAEYACFABGBjFABYABFAHGABQABcAGGACEACGABcAEGACFAKJADFACcABFAOYABAABQABFABGAeFAbGACABZFALGABFAOA"
    "AKJAhFAJGACEABcADYABEACAABGACaAWFAEGABEAJGABEADGABEAFGACAAPYABAAZFADGACAABYABAALFA1AAVFABAASFALA"
    "APGABQAgGABIA2FABGABIABGABFADIAIGAEIABGACIABFAHGAKFACGACYAKJABYABEAPFABGACIABAAIFACAACFACAAWFABA"
    "AHFABAABFADAAEFACAABGABFADIAEGACAACIACAACIABGABFAIAABIAEAACFABAADFACGACAAKJACFACaAGLABcABaABFABY"
    "ABGACAACGABIABAAGFAEAACFACAAWFABAAHFABAACFABAACFABAACFACAABGABAADIACGAEAACGACAADGADAABGAHAAEFABA"
    "ABFAHAAKJACGADFABGABYAKAACGABIABAAJFABAADFABAAWFABAAHFABAACFABAAFFACAABGABFADIAFGABAACGABIABAACI"
    "ABGACAABFAPAACFACGACAAKJABYABaAHAABFAGGABAABGACIABAAIFACAACFACAAWFABAAHFABAACFABAAFFACAABGABFABI"
    "ABGABIAEGACAACIACAACIABGAHAACGABIAEAACFABAADFACGACAAKJABcABFAGLAKAABGABFABAAGFADAADFABAAEFADAACF"
    "ABAABFABAACFADAACFADAADFADAAMFAEAACIABGACIADAADIABAADIABGACAABFAGAABIAOAAKJADLAGcABaABcAFAABGADI"
    "ABGAIFABAADFABAAXFABAAQFADAABFADGAEIABAADGABAAEGAHAACGABAADFAFAACFACGACAAKJAHAABYAHLABcABFABGACI"
    "ABYAIFABAADFABAAXFABAAKFABAAFFACAABGABFABIABGAFIABAABGACIABAACIACGAHAACIAHAABFABAACFACGACAAKJABA"
    "ACFANAACGACIAJFABAADFABAApFACGABFADIAEGABAADIABAADIABGABFABcAEAADFABIAHLADFACGACAAKJAJLABcAGFABA"
    "ABGACIABAASFADAAYFABAAJFABAABFACAAHFADAABGAEAADIADGABAABGABAAIIAGAAKJACAACIABYAMAAwFABGACFAHGAEA"
    "ABaAGFABEAIGABYAKJACYAlAACFABAABFABAAFFABAAYFABAABFABAAKFABGACFAJGABFACAAFFABAABEABAAGGACAAKJACA"
    "AEFAgAABFADcAPYABcABYADcACGAGcAKJAKLABcABGABcABGABcABGABVABWABVABWACIAIFABAAkFAEAAOGABIAFGABYACG"
    "AFFALGABAAkGABAAIcABGAGcABAACcAFYAEcACYAlAArFACIAEGABIAGGABIACGACIACGABFAKJAGYAGFACIACGAEFADGABF"
    "ADIACFAHIADFAEGANFABGACIACGAGIABGABFABIAKJADIABGACcAmBABAABBAFAABBACAArCABYABEADCFJFABAAEFACAAHF"
    "ABAABFABAAEFACAApFABAAEFACAAhFABAAEFACAAHFABAABFABAAEFACAAPFABAA5FABAAEFACABDFACAADGAJYAULADAAQF"
    "AKcAGABWBACAAGCACAABUJsFABcABYARFABMAaFABVABWADABLFADYADKAIFAHAANFABAAEFADGALAASFADGACYAJAASFACG"
    "AMAANFABAADFABAACGAMAA0FACGABIAHGAIIABGACIALGADYABEADYABaABFABGACAAKJAGAAKLAGAAGYABUAEYADGABQABA"
    "AKJAGAAjFABEA1FAHAAFFACGAiFABGABFAFABGFAKAAfFABAADGAEIACGADIAEAACIABGAGIADGAEAABcADAACYAKJAeFACA"
    "AFFALAAsFAEAAaFAGAAKJABLADAAicAXFACGACIABGACAACYA1FABIABGABIAHGABAABGABIABGACIAIGAGIAKGACAABGAKJ"
    "AGAAKJAGAAHYABEAGYACAAOGABHACGA/AAEGABIAvFABGABIAFGABIABGAFIABGACIAHFAEAAKJAHYAKcAJGAJcADAACGABI"
    "AeFABIAEGACIACGABIADGACFAKJAsFABGABIACGADIABGABIADGACIAIAAEYAkFAIIAIGACIACGADAAFYAKJADAADFAKJAeF"
    "AGEACYAJCAHAArBACAADBAIYAIAADGABYANGABIAHGAEFABGAGFABGACFABIACGABFAFAAsCA/EANCABEAiCAlEA6GABAAFG"
    "ABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABC"
    "ABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABC"
    "ABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABC"
    "ABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABC"
    "ABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBAJCABBABCABBABCABBABCABBABCABBABC"
    "ABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABC"
    "ABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABC"
    "ABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBAJCAIBAGCACAAGBACAAICAIBAIC"
    "AIBAGCACAAGBACAAICABAABBABAABBABAABBABAABBAICAIBAOCACAAICAIDAICAIDAICAIDAFCABAACCAEBABDABbABCADb"
    "ADCABAACCAEBABDADbAECACAACCAEBABAADbAICAFBADbACAADCABAACCAEBABDACbABAALMAFQAGUACYABdABeABVACdABe"
    "ABVABdAIYABNABOAFQABMAJYABdABeAEYACXADYABZABVABWALYABZABYABXAKYABMAFQABAAKQABLABEACAAGLADZABVABW"
    "ABEAKLADZABVABWABAANEADAAgaAQAANGAEHABGADHAMGAPAACcABBAEcABBACcABCADBACCADBABCABcABBACcABZAFBAGc"
    "ABBABcABBABcABBABcAEBABcABCAEBABCAEFABCACcACCACBAFZABBAECABcABZACcABCABcAQLAjKABBABCAEKABLACcAEA"
    "AFZAFcACZAEcABZACcABZACcABZAHcABZAfcACZACcABZABcABZAfcEMZAIcABVABWABVABWAUcACZAHcABVABWBRcABZAec"
    "AZZAocAGZBFcAZAALcAVAA8LBOcAWLC3cABZAJcABZA2cAIZBvcABZD4cABVABWABVABWABVABWABVABWABVABWABVABWABV"
    "ABWAeLAscAFZABVABWAfZABVABWABVABWABVABWABVABWABVABWAQZEAcCDZABVABWABVABWABVABWABVABWABVABWABVABW"
    "ABVABWABVABWABVABWABVABWABVABWA/ZABVABWABVABWAgZABVABWECZAwcAVZACcAGZAncACAAgcABABpcAvBABAAvCABA"
    "ABBABCADBACCABBABCABBABCABBABCAEBABCABBACCABBAGCACEADBABCABBABCABBABCABBABCABBABCABBABCABBABCABB"
    "ABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABB"
    "ABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABB"
    "ABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBACCAGcABBABCABBABCADGABBABCAFAAEYABL"
    "ACYAmCABAABCAFAABCACAA4FAHAABEABYAOAABGAXFAJAAHFABAAHFABAAHFABAAHFABAAHFABAAHFABAAHFABAAHFABAAgG"
    "ACYABdABeABdABeADYABdABeABYABdABeAJYABUACYABUABYABdABeACYABdABeABVABWABVABWABVABWABVABWAFYABEAKY"
    "ACUAEYABUABYABVANYACcABYAtAAacABABZcAMADWcAaAAMcAEAABMADYABcABEABFABKABVABWABVABWABVABWABVABWABV"
    "ABWACcABVABWABVABWABVABWABVABWABUABVACWABcAJKAEGACIABUAFEACcADKABEABFABYACcABABWFACAACGACbACEABF"
    "ABUBaFABYADEABFAFAArFABABeFABAACcAELAKcAgFAkcAMAAQFAfcABAAKLAecAILABcAPLAgcAKLAncAPLFAc//FnBFBAc"
    "//F//F//F//F//FICFADAAVFABER3FADAA3cAJAAoFAGEACYEMFABEADYAQFAKJACFAUAABBABCABBABCABBABCABBABCABB"
    "ABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABB"
    "ABCABBABCABBABCABFABGADHABYAKGABYABEABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABC"
    "ABBABCABBABCABBABCABBABCACEACGBGFAKKACGAGYAIAAXbAJEACbABBABCABBABCABBABCABBABCABBABCABBABCABBADC"
    "ABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABC"
    "ABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABBABCABEAIC"
    "ABBABCABBABCACBABCABBABCABBABCABBABCABBABCABEACbABBABCABBABCABFABBABCABBADCABBABCABBABCABBABCABB"
    "ABCABBABCABBABCABBABCABBABCABBABCABBABCAFBABCAFBABCABBABCABBABCABBABCABBABCABBABCACAABBABCAEBABC"
    "ABBABCAqAABBABCABFACEABCAHFABGADFABGAEFABGAXFACIACGABIAEcABGADAAGLACcABaABcAGAA0FAEYAIAACIAyFAQI"
    "ACGAIAACYAKJAGAASGAGFADYABFABYACFABGAKJAcFAIGACYAXFALGACIALAABYAdFADAADGABIAvFABGACIAEGACIACGADI"
    "ANYABAABEAKJAEAACYAFFABGABEAJFAKJAFFABAApFAGGACIACGACIACGAJAADFABGAIFABGABIACAAKJACAAEYAQFABEAGF"
    "ADcABFABIABGABIAyFABGABFADGACFACGAFFACGABFABGABFAYAACFABEACYALFABIACGACIACYABFACEABIABGAKAAGFACA"
    "AGFACAAGFAJAAHFABAAHFABAArCABbAEEAJCABEACbAEABQCAjFACIABGACIABGACIABYABIABGACAAKJAGA//F//FumFAMA"
    "AXFAEAAxFAEAgAT//SkBSFuFACABqFAmAAHCAMAAFCAFAABFABGAKFABZANFABAAFFABAABFABAACFABAACFABABsFAQbARA"
    "FrFABWABVAQABAFACAA2FAoAAMFABaABcACAAQGAHYABVABWABYAGAAQGABYACUACXABVABWABVABWABVABWABVABWABVABW"
    "ABVABWABVABWABVABWACYABVABWAEYADXADYABAAEYABUABVABWABVABWABVABWADYABZABUADZABAABYABaACYAEAAFFABA"
    "CHFACAABQABAADYABaADYABVABWABYABZABYABUACYAKJACYADZACYAaBABVABYABWABbABXABbAaCABVABZABWABZABVABW"
    "ABYABVABWACYAKFABEAtFACEAfFADAAGFACAAGFACAAGFACAADFADAACaABZABbABcACaABAABcAEZACcAKAADQACcACAAMF"
    "ABAAaFABAATFABAACFABAAPFACAAOFAiAB7FAFAADYAEAAtLADAAJcA1KAELARcACLADcABAANcADAABcAvAAtcABGCCAAdF"
    "ADAAxFAPAABGAbLAEAAgFAELAJAAUFABKAIFABKAFAAmFAFGAFAAeFABAABYAkFAEAAIFABYAFKAqAAoBAoCBOFACAAKJAGA"
    "AkBAEAAkCAEAAoFAIAA0FALAABYCQAE3FAJAAWFAKAAIFCYAAGFACAABFABAAsFABAACFADAABFACAAXFABAABYAILAXFACc"
    "AHLAfFAIAAJLAwAATFABAACFAFAAFLAWFAGLADAABYAaFAFAABYBAAA4FAEAACLACFAQLACAAuLABFADGABAACGAFAAEGAEF"
    "ABAADFABAAdFACAADGAEAABGAJLAHAAJYAHAAdFACLABYAdFADLAgAAIFABcAcFACGAEAAFLAHYAJAA2FADAAHYAWFACAAIL"
    "ATFAFAAILASFAHAAEYAMAAHLBQABJFA3AAzBANAAzCAHAAGLAkFAEGAIAAKJEmAAfLABAAqFABAACGABUACAACFBOAAdFAKL"
    "ABFAIAAWFALGAELAFYBWAAVFAHLAUAAXFAJAABIABGABIA1FAPGAHYAEAAULAKJAPAADGABIAtFADIAEGACIACGACYABQAEY"
    "ALAABQACAAZFAHAAKJAGAADGAkFAFGABIAIGABAAKJAEYABFACIABFAIAAjFABGACYABFAJAACGABIAwFADIAJGACIAEFAEY"
    "AEGABYABIABGAKJABFABYABFADYABAAULALAASFABAAZFADIADGACIABGABIACGAGYABGBBAAHFABAABFABAAEFABAAPFABA"
    "AKFABYAGAAvFABGADIAIGAFAAKJAGAACGACIABAAIFACAACFACAAWFABAAHFABAACFABAAFFABAACGABFACIABGAEIACAACI"
    "ACAADIACAABFAGAABIAFAAFFACIACAAHGADAAFGCLAA1FADIAIGACIADGABIABGAEFAFYAKJACYABAABYABGADFAeAAwFADI"
    "AGGABIABGAEIACGABIACGACFABYABFAIAAKJCmAAvFADIAEGACAAEIACGABIACGAXYAEFACGAiAAwFADIAIGACIABGABIACG"
    "ADYABFALAAKJAGAANYATAArFABGABIABGACIAGGABIABGABFAHAAKJA2AAbFACAADGACIAEGABIAFGAEAAKJACLADYABcDAA"
    "AsFADIAJGABIACGABYBkAAgBAgCAKJAJLAMAAIFACAABFACAAIFABAACFABAAYFAGIABAACIACAACGABIABGABFABIABFABI"
    "ABGADYAJAAKJBGAAIFACAAnFADIAEGACAACGAEIABGABFABYABFABIAbAABFAKGAoFAGGABIABFAEGAIYABGAIAABFAGGACI"
    "ADGAuFANGABIACGADYABFAFYAdAA5FEHAAJFABAAlFABIAHGABAAGGABIABGABFAFYAKAAKJATLADAACYAeFACAAWGABAABI"
    "AHGABIACGABIACGBJAAHFABAACFABAAmFAGGADAABGABAACGABAAHGABFABGAIAAKJAGAAGFABAACFABAAgFAFIABAACGABA"
    "ACIABGABIABGABFAHAAKJE2AATFACGACIACYC3AABFAPAAVLAIcAEaARcANAABYOaFBmABvKABAAFYALADEFq8AQvFABAAJQ"
    "/HAJHF//A//AG7AI5FAHAAfFABAAKJAEAACYBgAAeFACAAFGABYAKAAwFAHGAFYAEcAEEABYABcAKAAKJABAAHLABAAVFAFA"
    "ATFKwAAgBAgCAXLAEYBlABLFAEAABGABFA3IAHAAEGANEBAAACEABYABEABGALAACIAOA//Ff5FAIATWFAqAAJF//A//AL5A"
    "EfFAxAADFARAAEFAIAGMFkEABrFAFAANFADAAJFAHAAKFACAABcACGABYAEQ//ANdAD2cAKAAncACAA8cACIADGADcAGIAIQ"
    "AIGACcAHGAecAEGA7cAXABCcADGABcCaAAULAMABXcAJAAZLCHAAaBAaCAaBAHCABAASCAaBAaCABBABAACBACAABBACAACB"
    "ACAAEBABAAIBAECABAABCABAAHCABAALCAaBAaCACBABAAEBACAAIBABAAHBABAAaCACBABAAEBABAAFBABAABBADAAHBABA"
    "AaCAaBAaCAaBAaCAaBAaCAaBAaCAaBAaCAaBAcCACAAZBABZAZCABZAGCAZBABZAZCABZAGCAZBABZAZCABZAGCAZBABZAZC"
    "ABZAGCAZBABZAZCABZAGCABBABCACAAyJIAcA3GAEcAyGAIcABGAOcABGACcAFYAPAAFGABAAPGVQAAHGABAARGACAAHGABA"
    "ACGABAAFGDVAAtFADAAHGAHEACAAKJAEAABFABcFwAAsFAEGAKJAFAABaUAADFFACAAJLAHGApAAiBAiCAHGABEAEAAKJAEA"
    "ACYMRAA7LABcADLABaAELBMAAtLABcAPLDCAAEFABAAbFABAACFABAABFACAABFABAAKFABAAEFABAABFABAABFAGAABFAEA"
    "ABFABAABFABAABFABAADFABAACFABAABFACAABFABAABFABAABFABAABFABAABFABAACFABAABFACAAEFABAAHFABAAEFABA"
    "AEFABAABFABAAKFABAARFAFAADFABAAFFABAARFA0AACZEOAAscAEABkcAMAAPcACAAPcABAAPcABAAlcAKAANLChcA4AAdc"
    "ANAAscAEAAJcAHAACcAOAAGcCaAD7cAFbLYcAIAANcADAANcADAB0cAMABZcAHAAMcAUAAMcAEAA4cAIAAKcAGAAocAIAAec"
    "ACAACcBOAB5cABABScABACHcAMAAOcACAAFcADAADcAFAAHcAJAAZcAHAAHcAJAADcANAAHcApACTcABAA3cAlAAKJQGA//F"
    "//F//F//F//F//F//F//F//F//FboFAiA//FA2FALADeFACA//FaDFAOA//F0yFwfAIeFXiA//FNMF//A//A//A//A//A//A"
    "//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A"
    "//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A"
    "//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A"
    "//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A"
    "//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A"
    "//A//A//A//A//A//A//A//A1kAABQAeABgQCAADwG//A//A//A//A//A//A//A//A//A//A//A//A//A//A//A4fA//S//S"
    "//S//S//S//S//S//S//S//S//S//S//S//S//S//SAOSACA//S//S//S//S//S//S//S//S//S//S//S//S//S//S//S//S"
    "AOSACA"
    ;
static const int32_t casebit_fix[248][3] = {
    {0x2b0, 0x2b8, 1}, {0x2c0, 0x2c1, 1}, {0x2e0, 0x2e4, 1}, {0x345, 0x345, 5},
    {0x37a, 0x37a, 1}, {0x5b0, 0x5bd, 4}, {0x5bf, 0x5bf, 4}, {0x5c1, 0x5c2, 4},
    {0x5c4, 0x5c5, 4}, {0x5c7, 0x5c7, 4}, {0x610, 0x61a, 4}, {0x64b, 0x657, 4},
    {0x659, 0x65f, 4}, {0x670, 0x670, 4}, {0x6d6, 0x6dc, 4}, {0x6e1, 0x6e4, 4},
    {0x6e7, 0x6e8, 4}, {0x6ed, 0x6ed, 4}, {0x711, 0x711, 4}, {0x730, 0x73f, 4},
    {0x7a6, 0x7b0, 4}, {0x816, 0x817, 4}, {0x81b, 0x823, 4}, {0x825, 0x827, 4},
    {0x829, 0x82c, 4}, {0x8d4, 0x8df, 4}, {0x8e3, 0x8e9, 4}, {0x8f0, 0x903, 4},
    {0x93a, 0x93b, 4}, {0x93e, 0x94c, 4}, {0x94e, 0x94f, 4}, {0x955, 0x957, 4},
    {0x962, 0x963, 4}, {0x981, 0x983, 4}, {0x9be, 0x9c4, 4}, {0x9c7, 0x9c8, 4},
    {0x9cb, 0x9cc, 4}, {0x9d7, 0x9d7, 4}, {0x9e2, 0x9e3, 4}, {0xa01, 0xa03, 4},
    {0xa3e, 0xa42, 4}, {0xa47, 0xa48, 4}, {0xa4b, 0xa4c, 4}, {0xa51, 0xa51, 4},
    {0xa70, 0xa71, 4}, {0xa75, 0xa75, 4}, {0xa81, 0xa83, 4}, {0xabe, 0xac5, 4},
    {0xac7, 0xac9, 4}, {0xacb, 0xacc, 4}, {0xae2, 0xae3, 4}, {0xafa, 0xafc, 4},
    {0xb01, 0xb03, 4}, {0xb3e, 0xb44, 4}, {0xb47, 0xb48, 4}, {0xb4b, 0xb4c, 4},
    {0xb56, 0xb57, 4}, {0xb62, 0xb63, 4}, {0xb82, 0xb82, 4}, {0xbbe, 0xbc2, 4},
    {0xbc6, 0xbc8, 4}, {0xbca, 0xbcc, 4}, {0xbd7, 0xbd7, 4}, {0xc00, 0xc03, 4},
    {0xc3e, 0xc44, 4}, {0xc46, 0xc48, 4}, {0xc4a, 0xc4c, 4}, {0xc55, 0xc56, 4},
    {0xc62, 0xc63, 4}, {0xc81, 0xc83, 4}, {0xcbe, 0xcc4, 4}, {0xcc6, 0xcc8, 4},
    {0xcca, 0xccc, 4}, {0xcd5, 0xcd6, 4}, {0xce2, 0xce3, 4}, {0xd00, 0xd03, 4},
    {0xd3e, 0xd44, 4}, {0xd46, 0xd48, 4}, {0xd4a, 0xd4c, 4}, {0xd57, 0xd57, 4},
    {0xd62, 0xd63, 4}, {0xd81, 0xd83, 4}, {0xdcf, 0xdd4, 4}, {0xdd6, 0xdd6, 4},
    {0xdd8, 0xddf, 4}, {0xdf2, 0xdf3, 4}, {0xe31, 0xe31, 4}, {0xe34, 0xe3a, 4},
    {0xe4d, 0xe4d, 4}, {0xeb1, 0xeb1, 4}, {0xeb4, 0xeb9, 4}, {0xebb, 0xebc, 4},
    {0xecd, 0xecd, 4}, {0xf71, 0xf81, 4}, {0xf8d, 0xf97, 4}, {0xf99, 0xfbc, 4},
    {0x102b, 0x1036, 4}, {0x1038, 0x1038, 4}, {0x103b, 0x103e, 4}, {0x1056, 0x1059, 4},
    {0x105e, 0x1060, 4}, {0x1062, 0x1064, 4}, {0x1067, 0x106d, 4}, {0x1071, 0x1074, 4},
    {0x1082, 0x108d, 4}, {0x108f, 0x108f, 4}, {0x109a, 0x109d, 4}, {0x1712, 0x1713, 4},
    {0x1732, 0x1733, 4}, {0x1752, 0x1753, 4}, {0x1772, 0x1773, 4}, {0x17b6, 0x17c8, 4},
    {0x1885, 0x1886, 4}, {0x18a9, 0x18a9, 4}, {0x1920, 0x192b, 4}, {0x1930, 0x1938, 4},
    {0x1a17, 0x1a1b, 4}, {0x1a55, 0x1a5e, 4}, {0x1a61, 0x1a74, 4}, {0x1abf, 0x1ac0, 4},
    {0x1b00, 0x1b04, 4}, {0x1b35, 0x1b43, 4}, {0x1b80, 0x1b82, 4}, {0x1ba1, 0x1ba9, 4},
    {0x1bac, 0x1bad, 4}, {0x1be7, 0x1bf1, 4}, {0x1c24, 0x1c36, 4}, {0x1d2c, 0x1d6a, 1},
    {0x1d78, 0x1d78, 1}, {0x1d9b, 0x1dbf, 1}, {0x1de7, 0x1df4, 4}, {0x2071, 0x2071, 1},
    {0x207f, 0x207f, 1}, {0x2090, 0x209c, 1}, {0x2160, 0x216f, 2}, {0x2170, 0x217f, 1},
    {0x24b6, 0x24cf, 6}, {0x24d0, 0x24e9, 5}, {0x2c7c, 0x2c7d, 1}, {0x2de0, 0x2dff, 4},
    {0xa674, 0xa67b, 4}, {0xa69c, 0xa69d, 1}, {0xa69e, 0xa69f, 4}, {0xa770, 0xa770, 1},
    {0xa7f8, 0xa7f9, 1}, {0xa802, 0xa802, 4}, {0xa80b, 0xa80b, 4}, {0xa823, 0xa827, 4},
    {0xa880, 0xa881, 4}, {0xa8b4, 0xa8c3, 4}, {0xa8c5, 0xa8c5, 4}, {0xa8ff, 0xa8ff, 4},
    {0xa926, 0xa92a, 4}, {0xa947, 0xa952, 4}, {0xa980, 0xa983, 4}, {0xa9b4, 0xa9bf, 4},
    {0xa9e5, 0xa9e5, 4}, {0xaa29, 0xaa36, 4}, {0xaa43, 0xaa43, 4}, {0xaa4c, 0xaa4d, 4},
    {0xaa7b, 0xaa7d, 4}, {0xaab0, 0xaab0, 4}, {0xaab2, 0xaab4, 4}, {0xaab7, 0xaab8, 4},
    {0xaabe, 0xaabe, 4}, {0xaaeb, 0xaaef, 4}, {0xaaf5, 0xaaf5, 4}, {0xab5c, 0xab5f, 1},
    {0xabe3, 0xabea, 4}, {0xfb1e, 0xfb1e, 4}, {0x10376, 0x1037a, 4}, {0x10a01, 0x10a03, 4},
    {0x10a05, 0x10a06, 4}, {0x10a0c, 0x10a0f, 4}, {0x10d24, 0x10d27, 4}, {0x10eab, 0x10eac, 4},
    {0x11000, 0x11002, 4}, {0x11038, 0x11045, 4}, {0x11082, 0x11082, 4}, {0x110b0, 0x110b8, 4},
    {0x11100, 0x11102, 4}, {0x11127, 0x11132, 4}, {0x11145, 0x11146, 4}, {0x11180, 0x11182, 4},
    {0x111b3, 0x111bf, 4}, {0x111ce, 0x111cf, 4}, {0x1122c, 0x11234, 4}, {0x11237, 0x11237, 4},
    {0x1123e, 0x1123e, 4}, {0x112df, 0x112e8, 4}, {0x11300, 0x11303, 4}, {0x1133e, 0x11344, 4},
    {0x11347, 0x11348, 4}, {0x1134b, 0x1134c, 4}, {0x11357, 0x11357, 4}, {0x11362, 0x11363, 4},
    {0x11435, 0x11441, 4}, {0x11443, 0x11445, 4}, {0x114b0, 0x114c1, 4}, {0x115af, 0x115b5, 4},
    {0x115b8, 0x115be, 4}, {0x115dc, 0x115dd, 4}, {0x11630, 0x1163e, 4}, {0x11640, 0x11640, 4},
    {0x116ab, 0x116b5, 4}, {0x1171d, 0x1172a, 4}, {0x1182c, 0x11838, 4}, {0x11930, 0x11935, 4},
    {0x11937, 0x11938, 4}, {0x1193b, 0x1193c, 4}, {0x11940, 0x11940, 4}, {0x11942, 0x11942, 4},
    {0x119d1, 0x119d7, 4}, {0x119da, 0x119df, 4}, {0x119e4, 0x119e4, 4}, {0x11a01, 0x11a0a, 4},
    {0x11a35, 0x11a39, 4}, {0x11a3b, 0x11a3e, 4}, {0x11a51, 0x11a5b, 4}, {0x11a8a, 0x11a97, 4},
    {0x11c2f, 0x11c36, 4}, {0x11c38, 0x11c3e, 4}, {0x11c92, 0x11ca7, 4}, {0x11ca9, 0x11cb6, 4},
    {0x11d31, 0x11d36, 4}, {0x11d3a, 0x11d3a, 4}, {0x11d3c, 0x11d3d, 4}, {0x11d3f, 0x11d41, 4},
    {0x11d43, 0x11d43, 4}, {0x11d47, 0x11d47, 4}, {0x11d8a, 0x11d8e, 4}, {0x11d90, 0x11d91, 4},
    {0x11d93, 0x11d96, 4}, {0x11ef3, 0x11ef6, 4}, {0x16f4f, 0x16f4f, 4}, {0x16f51, 0x16f87, 4},
    {0x16f8f, 0x16f92, 4}, {0x16ff0, 0x16ff1, 4}, {0x1bc9e, 0x1bc9e, 4}, {0x1e000, 0x1e006, 4},
    {0x1e008, 0x1e018, 4}, {0x1e01b, 0x1e021, 4}, {0x1e023, 0x1e024, 4}, {0x1e026, 0x1e02a, 4},
    {0x1e947, 0x1e947, 4}, {0x1f130, 0x1f149, 6}, {0x1f150, 0x1f169, 6}, {0x1f170, 0x1f189, 6},
};
static const CaseRun upper_runs[190] = {
    {0x101, 0x12f, -1, 2}, {0x131, 0x131, -232, 1}, {0x133, 0x137, -1, 2},
    {0x13a, 0x148, -1, 2}, {0x14b, 0x177, -1, 2}, {0x17a, 0x17e, -1, 2},
    {0x17f, 0x17f, -300, 1}, {0x180, 0x180, 195, 1}, {0x183, 0x185, -1, 2},
    {0x188, 0x188, -1, 1}, {0x18c, 0x18c, -1, 1}, {0x192, 0x192, -1, 1},
    {0x195, 0x195, 97, 1}, {0x199, 0x199, -1, 1}, {0x19a, 0x19a, 163, 1},
    {0x19e, 0x19e, 130, 1}, {0x1a1, 0x1a5, -1, 2}, {0x1a8, 0x1a8, -1, 1},
    {0x1ad, 0x1ad, -1, 1}, {0x1b0, 0x1b0, -1, 1}, {0x1b4, 0x1b6, -1, 2},
    {0x1b9, 0x1b9, -1, 1}, {0x1bd, 0x1bd, -1, 1}, {0x1bf, 0x1bf, 56, 1},
    {0x1c5, 0x1c5, -1, 1}, {0x1c6, 0x1c6, -2, 1}, {0x1c8, 0x1c8, -1, 1},
    {0x1c9, 0x1c9, -2, 1}, {0x1cb, 0x1cb, -1, 1}, {0x1cc, 0x1cc, -2, 1},
    {0x1ce, 0x1dc, -1, 2}, {0x1dd, 0x1dd, -79, 1}, {0x1df, 0x1ef, -1, 2},
    {0x1f2, 0x1f2, -1, 1}, {0x1f3, 0x1f3, -2, 1}, {0x1f5, 0x1f5, -1, 1},
    {0x1f9, 0x21f, -1, 2}, {0x223, 0x233, -1, 2}, {0x23c, 0x23c, -1, 1},
    {0x23f, 0x240, 10815, 1}, {0x242, 0x242, -1, 1}, {0x247, 0x24f, -1, 2},
    {0x250, 0x250, 10783, 1}, {0x251, 0x251, 10780, 1}, {0x252, 0x252, 10782, 1},
    {0x253, 0x253, -210, 1}, {0x254, 0x254, -206, 1}, {0x256, 0x257, -205, 1},
    {0x259, 0x259, -202, 1}, {0x25b, 0x25b, -203, 1}, {0x25c, 0x25c, 42319, 1},
    {0x260, 0x260, -205, 1}, {0x261, 0x261, 42315, 1}, {0x263, 0x263, -207, 1},
    {0x265, 0x265, 42280, 1}, {0x266, 0x266, 42308, 1}, {0x268, 0x268, -209, 1},
    {0x269, 0x269, -211, 1}, {0x26a, 0x26a, 42308, 1}, {0x26b, 0x26b, 10743, 1},
    {0x26c, 0x26c, 42305, 1}, {0x26f, 0x26f, -211, 1}, {0x271, 0x271, 10749, 1},
    {0x272, 0x272, -213, 1}, {0x275, 0x275, -214, 1}, {0x27d, 0x27d, 10727, 1},
    {0x280, 0x280, -218, 1}, {0x282, 0x282, 42307, 1}, {0x283, 0x283, -218, 1},
    {0x287, 0x287, 42282, 1}, {0x288, 0x288, -218, 1}, {0x289, 0x289, -69, 1},
    {0x28a, 0x28b, -217, 1}, {0x28c, 0x28c, -71, 1}, {0x292, 0x292, -219, 1},
    {0x29d, 0x29d, 42261, 1}, {0x29e, 0x29e, 42258, 1}, {0x345, 0x345, 84, 1},
    {0x371, 0x373, -1, 2}, {0x377, 0x377, -1, 1}, {0x37b, 0x37d, 130, 1},
    {0x3ac, 0x3ac, -38, 1}, {0x3ad, 0x3af, -37, 1}, {0x3b1, 0x3c1, -32, 1},
    {0x3c2, 0x3c2, -31, 1}, {0x3c3, 0x3cb, -32, 1}, {0x3cc, 0x3cc, -64, 1},
    {0x3cd, 0x3ce, -63, 1}, {0x3d0, 0x3d0, -62, 1}, {0x3d1, 0x3d1, -57, 1},
    {0x3d5, 0x3d5, -47, 1}, {0x3d6, 0x3d6, -54, 1}, {0x3d7, 0x3d7, -8, 1},
    {0x3d9, 0x3ef, -1, 2}, {0x3f0, 0x3f0, -86, 1}, {0x3f1, 0x3f1, -80, 1},
    {0x3f2, 0x3f2, 7, 1}, {0x3f3, 0x3f3, -116, 1}, {0x3f5, 0x3f5, -96, 1},
    {0x3f8, 0x3f8, -1, 1}, {0x3fb, 0x3fb, -1, 1}, {0x430, 0x44f, -32, 1},
    {0x450, 0x45f, -80, 1}, {0x461, 0x481, -1, 2}, {0x48b, 0x4bf, -1, 2},
    {0x4c2, 0x4ce, -1, 2}, {0x4cf, 0x4cf, -15, 1}, {0x4d1, 0x52f, -1, 2},
    {0x561, 0x586, -48, 1}, {0x10d0, 0x10fa, 3008, 1}, {0x10fd, 0x10ff, 3008, 1},
    {0x13f8, 0x13fd, -8, 1}, {0x1c80, 0x1c80, -6254, 1}, {0x1c81, 0x1c81, -6253, 1},
    {0x1c82, 0x1c82, -6244, 1}, {0x1c83, 0x1c84, -6242, 1}, {0x1c85, 0x1c85, -6243, 1},
    {0x1c86, 0x1c86, -6236, 1}, {0x1c87, 0x1c87, -6181, 1}, {0x1c88, 0x1c88, 35266, 1},
    {0x1d79, 0x1d79, 35332, 1}, {0x1d7d, 0x1d7d, 3814, 1}, {0x1d8e, 0x1d8e, 35384, 1},
    {0x1e01, 0x1e95, -1, 2}, {0x1e9b, 0x1e9b, -59, 1}, {0x1ea1, 0x1eff, -1, 2},
    {0x1f00, 0x1f07, 8, 1}, {0x1f10, 0x1f15, 8, 1}, {0x1f20, 0x1f27, 8, 1},
    {0x1f30, 0x1f37, 8, 1}, {0x1f40, 0x1f45, 8, 1}, {0x1f51, 0x1f57, 8, 2},
    {0x1f60, 0x1f67, 8, 1}, {0x1f70, 0x1f71, 74, 1}, {0x1f72, 0x1f75, 86, 1},
    {0x1f76, 0x1f77, 100, 1}, {0x1f78, 0x1f79, 128, 1}, {0x1f7a, 0x1f7b, 112, 1},
    {0x1f7c, 0x1f7d, 126, 1}, {0x1f80, 0x1f87, 8, 1}, {0x1f90, 0x1f97, 8, 1},
    {0x1fa0, 0x1fa7, 8, 1}, {0x1fb0, 0x1fb1, 8, 1}, {0x1fb3, 0x1fb3, 9, 1},
    {0x1fbe, 0x1fbe, -7205, 1}, {0x1fc3, 0x1fc3, 9, 1}, {0x1fd0, 0x1fd1, 8, 1},
    {0x1fe0, 0x1fe1, 8, 1}, {0x1fe5, 0x1fe5, 7, 1}, {0x1ff3, 0x1ff3, 9, 1},
    {0x214e, 0x214e, -28, 1}, {0x2170, 0x217f, -16, 1}, {0x2184, 0x2184, -1, 1},
    {0x24d0, 0x24e9, -26, 1}, {0x2c30, 0x2c5e, -48, 1}, {0x2c61, 0x2c61, -1, 1},
    {0x2c65, 0x2c65, -10795, 1}, {0x2c66, 0x2c66, -10792, 1}, {0x2c68, 0x2c6c, -1, 2},
    {0x2c73, 0x2c73, -1, 1}, {0x2c76, 0x2c76, -1, 1}, {0x2c81, 0x2ce3, -1, 2},
    {0x2cec, 0x2cee, -1, 2}, {0x2cf3, 0x2cf3, -1, 1}, {0x2d00, 0x2d25, -7264, 1},
    {0x2d27, 0x2d27, -7264, 1}, {0x2d2d, 0x2d2d, -7264, 1}, {0xa641, 0xa66d, -1, 2},
    {0xa681, 0xa69b, -1, 2}, {0xa723, 0xa72f, -1, 2}, {0xa733, 0xa76f, -1, 2},
    {0xa77a, 0xa77c, -1, 2}, {0xa77f, 0xa787, -1, 2}, {0xa78c, 0xa78c, -1, 1},
    {0xa791, 0xa793, -1, 2}, {0xa794, 0xa794, 48, 1}, {0xa797, 0xa7a9, -1, 2},
    {0xa7b5, 0xa7bf, -1, 2}, {0xa7c3, 0xa7c3, -1, 1}, {0xa7c8, 0xa7ca, -1, 2},
    {0xa7f6, 0xa7f6, -1, 1}, {0xab53, 0xab53, -928, 1}, {0xab70, 0xabbf, -38864, 1},
    {0xff41, 0xff5a, -32, 1}, {0x10428, 0x1044f, -40, 1}, {0x104d8, 0x104fb, -40, 1},
    {0x10cc0, 0x10cf2, -64, 1}, {0x118c0, 0x118df, -32, 1}, {0x16e60, 0x16e7f, -32, 1},
    {0x1e922, 0x1e943, -34, 1},
};
static const CaseRun lower_runs[174] = {
    {0x100, 0x12e, 1, 2}, {0x130, 0x130, -199, 1}, {0x132, 0x136, 1, 2},
    {0x139, 0x147, 1, 2}, {0x14a, 0x176, 1, 2}, {0x178, 0x178, -121, 1},
    {0x179, 0x17d, 1, 2}, {0x181, 0x181, 210, 1}, {0x182, 0x184, 1, 2},
    {0x186, 0x186, 206, 1}, {0x187, 0x187, 1, 1}, {0x189, 0x18a, 205, 1},
    {0x18b, 0x18b, 1, 1}, {0x18e, 0x18e, 79, 1}, {0x18f, 0x18f, 202, 1},
    {0x190, 0x190, 203, 1}, {0x191, 0x191, 1, 1}, {0x193, 0x193, 205, 1},
    {0x194, 0x194, 207, 1}, {0x196, 0x196, 211, 1}, {0x197, 0x197, 209, 1},
    {0x198, 0x198, 1, 1}, {0x19c, 0x19c, 211, 1}, {0x19d, 0x19d, 213, 1},
    {0x19f, 0x19f, 214, 1}, {0x1a0, 0x1a4, 1, 2}, {0x1a6, 0x1a6, 218, 1},
    {0x1a7, 0x1a7, 1, 1}, {0x1a9, 0x1a9, 218, 1}, {0x1ac, 0x1ac, 1, 1},
    {0x1ae, 0x1ae, 218, 1}, {0x1af, 0x1af, 1, 1}, {0x1b1, 0x1b2, 217, 1},
    {0x1b3, 0x1b5, 1, 2}, {0x1b7, 0x1b7, 219, 1}, {0x1b8, 0x1b8, 1, 1},
    {0x1bc, 0x1bc, 1, 1}, {0x1c4, 0x1c4, 2, 1}, {0x1c5, 0x1c5, 1, 1},
    {0x1c7, 0x1c7, 2, 1}, {0x1c8, 0x1c8, 1, 1}, {0x1ca, 0x1ca, 2, 1},
    {0x1cb, 0x1db, 1, 2}, {0x1de, 0x1ee, 1, 2}, {0x1f1, 0x1f1, 2, 1},
    {0x1f2, 0x1f4, 1, 2}, {0x1f6, 0x1f6, -97, 1}, {0x1f7, 0x1f7, -56, 1},
    {0x1f8, 0x21e, 1, 2}, {0x220, 0x220, -130, 1}, {0x222, 0x232, 1, 2},
    {0x23a, 0x23a, 10795, 1}, {0x23b, 0x23b, 1, 1}, {0x23d, 0x23d, -163, 1},
    {0x23e, 0x23e, 10792, 1}, {0x241, 0x241, 1, 1}, {0x243, 0x243, -195, 1},
    {0x244, 0x244, 69, 1}, {0x245, 0x245, 71, 1}, {0x246, 0x24e, 1, 2},
    {0x370, 0x372, 1, 2}, {0x376, 0x376, 1, 1}, {0x37f, 0x37f, 116, 1},
    {0x386, 0x386, 38, 1}, {0x388, 0x38a, 37, 1}, {0x38c, 0x38c, 64, 1},
    {0x38e, 0x38f, 63, 1}, {0x391, 0x3a1, 32, 1}, {0x3a3, 0x3ab, 32, 1},
    {0x3cf, 0x3cf, 8, 1}, {0x3d8, 0x3ee, 1, 2}, {0x3f4, 0x3f4, -60, 1},
    {0x3f7, 0x3f7, 1, 1}, {0x3f9, 0x3f9, -7, 1}, {0x3fa, 0x3fa, 1, 1},
    {0x3fd, 0x3ff, -130, 1}, {0x400, 0x40f, 80, 1}, {0x410, 0x42f, 32, 1},
    {0x460, 0x480, 1, 2}, {0x48a, 0x4be, 1, 2}, {0x4c0, 0x4c0, 15, 1},
    {0x4c1, 0x4cd, 1, 2}, {0x4d0, 0x52e, 1, 2}, {0x531, 0x556, 48, 1},
    {0x10a0, 0x10c5, 7264, 1}, {0x10c7, 0x10c7, 7264, 1}, {0x10cd, 0x10cd, 7264, 1},
    {0x13a0, 0x13ef, 38864, 1}, {0x13f0, 0x13f5, 8, 1}, {0x1c90, 0x1cba, -3008, 1},
    {0x1cbd, 0x1cbf, -3008, 1}, {0x1e00, 0x1e94, 1, 2}, {0x1e9e, 0x1e9e, -7615, 1},
    {0x1ea0, 0x1efe, 1, 2}, {0x1f08, 0x1f0f, -8, 1}, {0x1f18, 0x1f1d, -8, 1},
    {0x1f28, 0x1f2f, -8, 1}, {0x1f38, 0x1f3f, -8, 1}, {0x1f48, 0x1f4d, -8, 1},
    {0x1f59, 0x1f5f, -8, 2}, {0x1f68, 0x1f6f, -8, 1}, {0x1f88, 0x1f8f, -8, 1},
    {0x1f98, 0x1f9f, -8, 1}, {0x1fa8, 0x1faf, -8, 1}, {0x1fb8, 0x1fb9, -8, 1},
    {0x1fba, 0x1fbb, -74, 1}, {0x1fbc, 0x1fbc, -9, 1}, {0x1fc8, 0x1fcb, -86, 1},
    {0x1fcc, 0x1fcc, -9, 1}, {0x1fd8, 0x1fd9, -8, 1}, {0x1fda, 0x1fdb, -100, 1},
    {0x1fe8, 0x1fe9, -8, 1}, {0x1fea, 0x1feb, -112, 1}, {0x1fec, 0x1fec, -7, 1},
    {0x1ff8, 0x1ff9, -128, 1}, {0x1ffa, 0x1ffb, -126, 1}, {0x1ffc, 0x1ffc, -9, 1},
    {0x2126, 0x2126, -7517, 1}, {0x212a, 0x212a, -8383, 1}, {0x212b, 0x212b, -8262, 1},
    {0x2132, 0x2132, 28, 1}, {0x2160, 0x216f, 16, 1}, {0x2183, 0x2183, 1, 1},
    {0x24b6, 0x24cf, 26, 1}, {0x2c00, 0x2c2e, 48, 1}, {0x2c60, 0x2c60, 1, 1},
    {0x2c62, 0x2c62, -10743, 1}, {0x2c63, 0x2c63, -3814, 1}, {0x2c64, 0x2c64, -10727, 1},
    {0x2c67, 0x2c6b, 1, 2}, {0x2c6d, 0x2c6d, -10780, 1}, {0x2c6e, 0x2c6e, -10749, 1},
    {0x2c6f, 0x2c6f, -10783, 1}, {0x2c70, 0x2c70, -10782, 1}, {0x2c72, 0x2c72, 1, 1},
    {0x2c75, 0x2c75, 1, 1}, {0x2c7e, 0x2c7f, -10815, 1}, {0x2c80, 0x2ce2, 1, 2},
    {0x2ceb, 0x2ced, 1, 2}, {0x2cf2, 0x2cf2, 1, 1}, {0xa640, 0xa66c, 1, 2},
    {0xa680, 0xa69a, 1, 2}, {0xa722, 0xa72e, 1, 2}, {0xa732, 0xa76e, 1, 2},
    {0xa779, 0xa77b, 1, 2}, {0xa77d, 0xa77d, -35332, 1}, {0xa77e, 0xa786, 1, 2},
    {0xa78b, 0xa78b, 1, 1}, {0xa78d, 0xa78d, -42280, 1}, {0xa790, 0xa792, 1, 2},
    {0xa796, 0xa7a8, 1, 2}, {0xa7aa, 0xa7aa, -42308, 1}, {0xa7ab, 0xa7ab, -42319, 1},
    {0xa7ac, 0xa7ac, -42315, 1}, {0xa7ad, 0xa7ad, -42305, 1}, {0xa7ae, 0xa7ae, -42308, 1},
    {0xa7b0, 0xa7b0, -42258, 1}, {0xa7b1, 0xa7b1, -42282, 1}, {0xa7b2, 0xa7b2, -42261, 1},
    {0xa7b3, 0xa7b3, 928, 1}, {0xa7b4, 0xa7be, 1, 2}, {0xa7c2, 0xa7c2, 1, 1},
    {0xa7c4, 0xa7c4, -48, 1}, {0xa7c5, 0xa7c5, -42307, 1}, {0xa7c6, 0xa7c6, -35384, 1},
    {0xa7c7, 0xa7c9, 1, 2}, {0xa7f5, 0xa7f5, 1, 1}, {0xff21, 0xff3a, 32, 1},
    {0x10400, 0x10427, 40, 1}, {0x104b0, 0x104d3, 40, 1}, {0x10c80, 0x10cb2, 64, 1},
    {0x118a0, 0x118bf, 32, 1}, {0x16e40, 0x16e5f, 32, 1}, {0x1e900, 0x1e921, 34, 1},
};
static const int32_t title_pairs[58][2] = {
    {0x1c4, 0x1c5}, {0x1c5, 0x1c5}, {0x1c6, 0x1c5}, {0x1c7, 0x1c8},
    {0x1c8, 0x1c8}, {0x1c9, 0x1c8}, {0x1ca, 0x1cb}, {0x1cb, 0x1cb},
    {0x1cc, 0x1cb}, {0x1f1, 0x1f2}, {0x1f2, 0x1f2}, {0x1f3, 0x1f2},
    {0x10d0, 0x10d0}, {0x10d1, 0x10d1}, {0x10d2, 0x10d2}, {0x10d3, 0x10d3},
    {0x10d4, 0x10d4}, {0x10d5, 0x10d5}, {0x10d6, 0x10d6}, {0x10d7, 0x10d7},
    {0x10d8, 0x10d8}, {0x10d9, 0x10d9}, {0x10da, 0x10da}, {0x10db, 0x10db},
    {0x10dc, 0x10dc}, {0x10dd, 0x10dd}, {0x10de, 0x10de}, {0x10df, 0x10df},
    {0x10e0, 0x10e0}, {0x10e1, 0x10e1}, {0x10e2, 0x10e2}, {0x10e3, 0x10e3},
    {0x10e4, 0x10e4}, {0x10e5, 0x10e5}, {0x10e6, 0x10e6}, {0x10e7, 0x10e7},
    {0x10e8, 0x10e8}, {0x10e9, 0x10e9}, {0x10ea, 0x10ea}, {0x10eb, 0x10eb},
    {0x10ec, 0x10ec}, {0x10ed, 0x10ed}, {0x10ee, 0x10ee}, {0x10ef, 0x10ef},
    {0x10f0, 0x10f0}, {0x10f1, 0x10f1}, {0x10f2, 0x10f2}, {0x10f3, 0x10f3},
    {0x10f4, 0x10f4}, {0x10f5, 0x10f5}, {0x10f6, 0x10f6}, {0x10f7, 0x10f7},
    {0x10f8, 0x10f8}, {0x10f9, 0x10f9}, {0x10fa, 0x10fa}, {0x10fd, 0x10fd},
    {0x10fe, 0x10fe}, {0x10ff, 0x10ff},
};
static const int32_t digit_zeros[64] = {
    0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66,
    0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0xf20,
    0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0,
    0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0, 0x10d30, 0x11066, 0x110f0,
    0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730,
    0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16b50, 0x1d7ce,
    0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
};

static uint32_t type_start[TYPE_RUNS + 1];
static uint8_t type_val[TYPE_RUNS];
static int type_ready;

static int b64(char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    return c == '+' ? 62 : 63;
}

/* Decodes type_rle into run starts once (the same on every call: no lock needed). */
static void type_init(void) {
    uint32_t cp = 0x100;
    for (int i = 0; i < TYPE_RUNS; i++) {
        const char *r = type_rle + 3 * i;
        type_start[i] = cp;
        type_val[i] = (uint8_t)b64(r[2]);
        cp += (uint32_t)(b64(r[0]) * 64 + b64(r[1]));
    }
    type_start[TYPE_RUNS] = cp;
    type_ready = 1;
}

static int type_of(int32_t cp) {
    if (!type_ready) type_init();
    if (cp < 0x100 || cp > 0x10FFFF) return 0;
    int lo = 0, hi = TYPE_RUNS - 1;
    while (lo < hi) { /* the last run starting at or before cp */
        int mid = (lo + hi + 1) / 2;
        if (type_start[mid] <= (uint32_t)cp) lo = mid;
        else hi = mid - 1;
    }
    return type_val[lo];
}

static int32_t case_map(const CaseRun *runs, int n, int32_t cp) {
    int lo = 0, hi = n - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (cp < runs[mid].first) hi = mid - 1;
        else if (cp > runs[mid].last) lo = mid + 1;
        else return (cp - runs[mid].first) % runs[mid].stride == 0 ? cp + runs[mid].delta : cp;
    }
    return cp;
}

#define NELEM(a) ((int)(sizeof(a) / sizeof((a)[0])))

NATIVE(char_typeOf) { RET_I(type_of(args[0].i)); }
NATIVE(char_upperOf) { RET_I(case_map(upper_runs, NELEM(upper_runs), args[0].i)); }
NATIVE(char_lowerOf) { RET_I(case_map(lower_runs, NELEM(lower_runs), args[0].i)); }
NATIVE(char_titleOf) {
    int32_t cp = args[0].i;
    for (int i = 0; i < NELEM(title_pairs); i++)
        if (title_pairs[i][0] == cp) RET_I(title_pairs[i][1]);
    RET_I(case_map(upper_runs, NELEM(upper_runs), cp));
}
NATIVE(char_caseBits) {
    int32_t cp = args[0].i;
    int ty = type_of(cp);
    int bits = (ty == 2 ? 1 : 0) | (ty == 1 ? 2 : 0) | (((ty >= 1 && ty <= 5) || ty == 10) ? 4 : 0);
    int lo = 0, hi = NELEM(casebit_fix) - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (cp < casebit_fix[mid][0]) hi = mid - 1;
        else if (cp > casebit_fix[mid][1]) lo = mid + 1;
        else {
            bits ^= casebit_fix[mid][2];
            break;
        }
    }
    RET_I(bits);
}
NATIVE(char_digitOf) {
    int32_t cp = args[0].i;
    if (type_of(cp) != 9) RET_I(-1);
    for (int i = NELEM(digit_zeros) - 1; i >= 0; i--)
        if (digit_zeros[i] <= cp) RET_I(cp - digit_zeros[i] < 10 ? cp - digit_zeros[i] : -1);
    RET_I(-1);
}

/* ---- java.lang.Double, java.lang.Float ---- */

NATIVE(double_toRawBits) {
    int64_t b;
    memcpy(&b, &args[0].d, 8);
    RET_J(b);
}
NATIVE(double_fromBits) {
    double d;
    memcpy(&d, &args[0].j, 8);
    RET_D(d);
}
NATIVE(float_toRawBits) {
    int32_t b;
    memcpy(&b, &args[0].f, 4);
    RET_I(b);
}
NATIVE(float_fromBits) {
    float f;
    memcpy(&f, &args[0].i, 4);
    RET_F(f);
}

static int is_digit(int c, int hex) {
    return (c >= '0' && c <= '9') || (hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));
}

/* Checks s (already trimmed, n chars) against Java's floating-point grammar and writes the
 * text for strtod into out (without the f/d suffix). 0: ok; 1: not a number; 2: "multiple
 * points". */
static int java_float_syntax(const uint16_t *s, int32_t n, char *out) {
    int i = 0, k = 0;
    if (i < n && (s[i] == '+' || s[i] == '-')) out[k++] = (char)s[i++];
    static const char *words[] = {"NaN", "Infinity"};
    for (int w = 0; w < 2; w++) {
        int len = (int)strlen(words[w]);
        if (n - i == len) {
            int same = 1;
            for (int j = 0; j < len; j++)
                if (s[i + j] != words[w][j]) same = 0;
            if (same) {
                strcpy(out + k, words[w]);
                return 0;
            }
        }
    }
    int hex = i + 1 < n && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X');
    if (hex) {
        out[k++] = '0';
        out[k++] = 'x';
        i += 2;
    }
    int digits = 0, point = 0;
    for (; i < n; i++) {
        if (s[i] == '.') {
            if (point) return 2;
            point = 1;
        } else if (s[i] < 128 && is_digit(s[i], hex)) {
            digits++;
        } else {
            break;
        }
        out[k++] = (char)s[i];
    }
    if (!digits) return 1;
    int expch = hex ? 'p' : 'e';
    if (i < n && (s[i] == expch || s[i] == expch - 32)) {
        out[k++] = (char)expch;
        i++;
        if (i < n && (s[i] == '+' || s[i] == '-')) out[k++] = (char)s[i++];
        int ed = 0;
        while (i < n && s[i] >= '0' && s[i] <= '9') out[k++] = (char)s[i++], ed++;
        if (!ed) return 1;
    } else if (hex) {
        return 1; /* a hexadecimal number needs its p exponent */
    }
    if (i < n && (s[i] == 'f' || s[i] == 'F' || s[i] == 'd' || s[i] == 'D')) i++;
    if (i != n) return 1;
    out[k] = 0;
    return 0;
}

/* Parses like Double.parseDouble (is_float: Float.parseFloat, rounded once to float). */
static vm_Value parse_floating(vm_Thread *t, vm_Object *s, int is_float) {
    if (!s) {
        vm_throw(t, "java/lang/NullPointerException", "Cannot invoke \"String.trim()\" because \"in\" is null");
        RET_V();
    }
    int32_t n;
    uint16_t *c = vm_string_chars(t->vm, s, &n);
    int32_t a = 0, b = n;
    while (a < b && c[a] <= ' ') a++;
    while (b > a && c[b - 1] <= ' ') b--;
    if (a == b) {
        vm_throw(t, "java/lang/NumberFormatException", "empty String");
        RET_V();
    }
    char *buf = malloc((size_t)(b - a) + 16);
    if (!buf) {
        vm_throw_object(t, t->vm->oom);
        RET_V();
    }
    int rc = java_float_syntax(c + a, b - a, buf);
    if (rc != 0) {
        free(buf);
        if (rc == 2) {
            vm_throw(t, "java/lang/NumberFormatException", "multiple points");
        } else {
            vm_Object *trimmed = vm_string_utf16(t, c + a, b - a);
            char *u = trimmed ? vm_string_to_utf8(t->vm, trimmed) : NULL;
            vm_throw(t, "java/lang/NumberFormatException", "For input string: \"%s\"", u ? u : "");
        }
        RET_V();
    }
    vm_Value r;
    if (is_float) r.f = strtof(buf, NULL);
    else r.d = strtod(buf, NULL);
    free(buf);
    return r;
}

NATIVE(double_parse) { return parse_floating(t, args[0].a, 0); }
NATIVE(float_parse) { return parse_floating(t, args[0].a, 1); }

/* ---- java.lang.Math (the rest of libm) ---- */

#define MATH1(name, expr)                                                                  \
    NATIVE(math_##name) {                                                                  \
        double x = args[0].d;                                                              \
        RET_D(expr);                                                                       \
    }
#define MATH2(name, expr)                                                                  \
    NATIVE(math_##name) {                                                                  \
        double x = args[0].d, y = args[1].d;                                               \
        RET_D(expr);                                                                       \
    }
MATH1(sinh, sinh(x))
MATH1(cosh, cosh(x))
MATH1(tanh, tanh(x))
MATH1(expm1, expm1(x))
MATH1(log1p, log1p(x))
MATH2(IEEEremainder, remainder(x, y))
MATH2(pow0, pow(x, y))
NATIVE(math_fma) { RET_D(fma(args[0].d, args[1].d, args[2].d)); }

/* ---- java.lang.StackTraceElement: one frame of a backtrace (a vm_Method*, a pc) ---- */

NATIVE(ste_frameClass) {
    vm_Method *fm = (vm_Method *)(intptr_t)args[0].j;
    char jn[512];
    RET_A(str(t, vm_java_name(fm->cls->name, jn, sizeof jn)));
}
NATIVE(ste_frameMethod) { RET_A(str(t, ((vm_Method *)(intptr_t)args[0].j)->name)); }
NATIVE(ste_frameFile) {
    vm_Method *fm = (vm_Method *)(intptr_t)args[0].j;
    RET_A(fm->cls->source ? str(t, fm->cls->source) : NULL);
}
NATIVE(ste_frameLine) {
    vm_Method *fm = (vm_Method *)(intptr_t)args[0].j;
    if (fm->flags & LD_ACC_NATIVE) RET_I(-2);
    RET_I(vm_line_of(fm, (uint32_t)args[1].j));
}

/* ---- java.lang.System ---- */

NATIVE(system_getenv) {
    if (!args[0].a) {
        vm_throw(t, "java/lang/NullPointerException", NULL);
        RET_V();
    }
    const char *v = getenv(vm_string_to_utf8(t->vm, args[0].a));
    RET_A(v ? str(t, v) : NULL);
}
NATIVE(system_cwd) {
    char buf[4096];
    RET_A(getcwd(buf, sizeof buf) ? str(t, buf) : NULL);
}

/* ---- java.io: the standard descriptors ---- */

/* Descriptors 1 and 2 go through the VM's buffers (vm->out[0], vm->out[1]), so that
 * System.out and System.err stay in order with the VM's own output. */
static void write_fd(vm_Thread *t, int fd, const char *p, size_t n) {
    if (fd == 1 || fd == 2) {
        vm_out_write(t->vm, fd - 1, p, n);
        return;
    }
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) return;
        p += w;
        n -= (size_t)w;
    }
}

NATIVE(ps_writeString) {
    if (!args[1].a) {
        vm_throw(t, "java/lang/NullPointerException", NULL);
        RET_V();
    }
    size_t n;
    char *u = vm_string_to_utf8_len(t->vm, args[1].a, &n);
    if (!u) {
        vm_throw_object(t, t->vm->oom);
        RET_V();
    }
    write_fd(t, args[0].i, u, n);
    if (args[2].i) write_fd(t, args[0].i, "\n", 1);
    RET_V();
}
NATIVE(fos_writeBytes) {
    vm_Object *b = args[1].a;
    write_fd(t, args[0].i, (const char *)VM_ARRAY_DATA(b) + args[2].i, (size_t)args[3].i);
    RET_V();
}
NATIVE(fos_flushStd) {
    vm_flush(t->vm);
    RET_V();
}
/* Reads what is available (at most len bytes) into b[off...], after flushing standard
 * output so that a prompt shows first; -1 at the end of input or on an error. */
NATIVE(fis_readBytes) {
    vm_Object *b = args[1].a;
    vm_flush(t->vm);
    ssize_t r;
    do {
        r = read(args[0].i, (char *)VM_ARRAY_DATA(b) + args[2].i, (size_t)args[3].i);
    } while (r < 0 && errno == EINTR);
    RET_I(r > 0 ? (int32_t)r : -1);
}

const vm_NativeDef vm_lib_natives[] = {
    {"java/lang/Object", "clone", "()Ljava/lang/Object;", object_clone},
    {"java/lang/Class", "getComponentType", "()Ljava/lang/Class;", class_getComponentType},
    {"java/lang/Class", "getSuperclass", "()Ljava/lang/Class;", class_getSuperclass},
    {"java/lang/Class", "isInstance", "(Ljava/lang/Object;)Z", class_isInstance},
    {"java/lang/Class", "isAssignableFrom", "(Ljava/lang/Class;)Z", class_isAssignableFrom},
    {"java/lang/reflect/Array", "newInstance", "(Ljava/lang/Class;I)Ljava/lang/Object;", array_newInstance},
    {"java/lang/Character", "typeOf", "(I)I", char_typeOf},
    {"java/lang/Character", "upperOf", "(I)I", char_upperOf},
    {"java/lang/Character", "lowerOf", "(I)I", char_lowerOf},
    {"java/lang/Character", "titleOf", "(I)I", char_titleOf},
    {"java/lang/Character", "caseBits", "(I)I", char_caseBits},
    {"java/lang/Character", "digitOf", "(I)I", char_digitOf},
    {"java/lang/Double", "doubleToRawLongBits", "(D)J", double_toRawBits},
    {"java/lang/Double", "longBitsToDouble", "(J)D", double_fromBits},
    {"java/lang/Double", "parseDouble", "(Ljava/lang/String;)D", double_parse},
    {"java/lang/Float", "floatToRawIntBits", "(F)I", float_toRawBits},
    {"java/lang/Float", "intBitsToFloat", "(I)F", float_fromBits},
    {"java/lang/Float", "parseFloat", "(Ljava/lang/String;)F", float_parse},
    {"java/lang/Math", "sinh", "(D)D", math_sinh},
    {"java/lang/Math", "cosh", "(D)D", math_cosh},
    {"java/lang/Math", "tanh", "(D)D", math_tanh},
    {"java/lang/Math", "expm1", "(D)D", math_expm1},
    {"java/lang/Math", "log1p", "(D)D", math_log1p},
    {"java/lang/Math", "IEEEremainder", "(DD)D", math_IEEEremainder},
    {"java/lang/Math", "pow0", "(DD)D", math_pow0},
    {"java/lang/Math", "fma", "(DDD)D", math_fma},
    {"java/lang/StackTraceElement", "frameClass", "(J)Ljava/lang/String;", ste_frameClass},
    {"java/lang/StackTraceElement", "frameMethod", "(J)Ljava/lang/String;", ste_frameMethod},
    {"java/lang/StackTraceElement", "frameFile", "(J)Ljava/lang/String;", ste_frameFile},
    {"java/lang/StackTraceElement", "frameLine", "(JJ)I", ste_frameLine},
    {"java/lang/System", "getenv", "(Ljava/lang/String;)Ljava/lang/String;", system_getenv},
    {"java/lang/System", "cwd", "()Ljava/lang/String;", system_cwd},
    {"java/io/PrintStream", "writeString", "(ILjava/lang/String;Z)V", ps_writeString},
    {"java/io/FileOutputStream", "writeBytes", "(I[BII)V", fos_writeBytes},
    {"java/io/FileOutputStream", "flushStd", "()V", fos_flushStd},
    {"java/io/FileInputStream", "readBytes", "(I[BII)I", fis_readBytes},
    {NULL, NULL, NULL, NULL},
};
