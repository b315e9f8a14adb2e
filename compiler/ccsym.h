/* ccsym.h: oakc's semantic model: types, symbols, the class table and the checker's
 * context, shared by the passes after the parser.
 *
 * Why: the front end (cc.h) builds a tree that knows only syntax. Everything after it
 * works on one model, defined here:
 *
 *   classpath.c  library classes, read lazily from .oak modules (standard library, -p)
 *   check.c      enter classes, resolve supertypes and members, attribute every body:
 *                node->ty, node->sym, constants, overloads, javac's errors (Attr)
 *   flow.c       reachability, definite assignment, checked exceptions (javac's Flow)
 *   gen.c        bytecode for each class into one ld_Module (javac's Gen, with
 *                erasure, boxing, string concatenation and finally inlined)
 *   oakc.c       the driver: files in, module out
 *
 * Types are values of struct cc_Type; primitive types and the type of every non-generic
 * class are unique (compare with ==), parameterized and array types are made as needed
 * (array types are cached per element type). A symbol (struct cc_Sym) is a class, field,
 * method, local variable, type variable or a folded constant. Everything lives in the
 * compiler's arena (cc_alloc) and dies with it.
 *
 * What the checker leaves in the tree for the generator:
 *   - every expression and type node: ty (its type, generic where it is generic)
 *   - names, selects, calls, new, this()/super() calls, declarations: sym
 *   - constant expressions: their value (cc_const_of), folded as javac folds them
 *   - a few per-node facts in a side table (cc_info): varargs calls, the qualifying
 *     class of a member access, implicit `this`, the element type of enhanced for ...
 */
#ifndef OAK_CCSYM_H
#define OAK_CCSYM_H

#include "cc.h"
#include "module.h"

typedef struct cc_Type cc_Type;
typedef struct cc_Sym cc_Sym;

typedef enum {
    TY_BOOLEAN, TY_BYTE, TY_SHORT, TY_CHAR, TY_INT, TY_LONG, TY_FLOAT, TY_DOUBLE, TY_VOID,
    TY_NULL,  /* the type of null */
    TY_CLASS, /* class or interface, maybe parameterized */
    TY_ARRAY,
    TY_TVAR,  /* type variable */
    TY_WILD,  /* wildcard, only as a type argument */
    TY_ERROR  /* after an error: compatible with everything, reported once */
} cc_TyKind;

struct cc_Type {
    cc_TyKind kind;
    cc_Sym *sym;        /* CLASS: the class; TVAR: the type variable */
    cc_Type **args;     /* CLASS: type arguments, NULL when none (not generic, or raw) */
    int nargs;
    cc_Type *elem;      /* ARRAY: the element type; WILD: the bound (NULL for ?) */
    int wkind;          /* WILD: 0 ?, 1 ? extends, 2 ? super */
    cc_Type *array_of;  /* cache: this[] */
};

typedef enum { SYM_CLASS, SYM_FIELD, SYM_METHOD, SYM_LOCAL, SYM_TVAR, SYM_CONST, SYM_PACKAGE } cc_SymKind;

/* A compile-time constant. kind: TY_INT (also byte, short, char as their own kinds),
 * TY_LONG, TY_FLOAT, TY_DOUBLE, TY_BOOLEAN, TY_CLASS for a String. */
typedef struct {
    cc_TyKind kind;
    int64_t i;          /* boolean, byte, short, char, int, long */
    double d;           /* float (already rounded to float), double */
    const uint16_t *s;  /* String: UTF-16 units */
    uint32_t n;
} cc_Const;

/* extra symbol flags, above the LD_ACC_* bits */
enum {
    CC_SF_VARARGS = 1u << 16,
    CC_SF_DEFAULT = 1u << 17,  /* interface default method */
    CC_SF_CTOR = 1u << 18,
    CC_SF_SYNTH = 1u << 19,    /* the default constructor */
    CC_SF_PARAM = 1u << 20,    /* local: a method parameter */
    CC_SF_HASINIT = 1u << 21,  /* field or local declared with an initializer */
    CC_SF_EFFINAL = 1u << 22,  /* local: assigned once only (effectively final so far) */
    CC_SF_CATCHP = 1u << 23,   /* local: a catch parameter */
    CC_SF_SOURCE = 1u << 24,   /* class declared in a source file being compiled */
    CC_SF_NESTED = 1u << 25,   /* class: a member class */
    CC_SF_STRICTFP = 1u << 26,
    CC_SF_USED_ASSIGN = 1u << 27,
};

struct cc_Sym {
    cc_SymKind kind;
    const char *name;        /* simple name, interned ("<init>" for constructors) */
    uint32_t flags;          /* LD_ACC_* | CC_SF_* */
    cc_Sym *owner;           /* class of a member; enclosing class of a nested class */
    cc_Node *decl;           /* declaration, NULL for library symbols */
    int file;                /* source file of the declaration, -1 */
    cc_Type *type;           /* field/local/const: its type; method: result type;
                                class: its type (with its type variables as arguments);
                                tvar: the TVAR type */

    /* ---- classes ---- */
    const char *bin;         /* binary name "java/lang/String", "a/Outer$In" */
    const char *qname;       /* "java.lang.String", "a.Outer.In" (messages) */
    const char *pkg;         /* "java.lang", "" for the unnamed package */
    cc_Type *super;          /* NULL for Object and interfaces' (Object is implied) */
    cc_Type **ifaces;
    int nifaces;
    cc_Sym **tparams;        /* type variables (TVAR syms) of a generic class or method */
    int ntparams;
    cc_Sym **members;        /* fields, methods (incl. constructors), member classes */
    int nmembers, members_cap;
    int state;               /* classes: 0 entered, 1 completing, 2 header, 3 members */
    cc_Type *erasure;        /* classes: the raw / non-generic type */
    ld_Module *lmod;         /* library classes: the module and class index */
    int lidx;
    cc_Node *unit;           /* source classes: their compilation unit */
    int is_iface;

    /* ---- methods ---- */
    cc_Type **ptypes;        /* parameter types (varargs: the array type) */
    int nparams;
    cc_Sym **params;         /* source methods: the parameters (LOCAL syms) */
    cc_Type **throws;
    int nthrows;
    const char *desc;        /* erased descriptor (fields too) */

    /* ---- type variables ---- */
    cc_Type **bounds;        /* at least one (Object when none is declared) */
    int nbounds;
    cc_Type *lower;          /* a captured `? super B`: B */
    cc_Type *captured;       /* a capture variable (javac's CAP#n): the wildcard it captures */

    /* ---- constants (final fields and locals with constant initializers; SYM_CONST) ---- */
    int has_const;
    int const_state;         /* fields: 0 not evaluated, 1 evaluating, 2 done */
    cc_Const cv;

    /* ---- bridges (classes): methods with a supertype's erased descriptor that call
       an implementation with another descriptor; bridge methods: `impl` ---- */
    cc_Sym **bridges;
    int nbridges;
    cc_Sym *impl;

    /* ---- locals ---- */
    int slot;                /* Oak local slot */
    int var_index;           /* index in the flow analysis' variable bitsets, -1 */
    int in_loop;
};

/* Per-node facts beyond ty and sym (a side table keyed by node). */
typedef struct {
    uint32_t flags;          /* CC_I_* */
    cc_Type *site;           /* member access: the qualifying type (javac's binary qualifier
                                site); foreach: the expression's element type */
    cc_Sym *sym2;            /* CALL through super: the class of the super expression */
    cc_Node *target;         /* BREAK/CONTINUE: the statement it leaves or continues */
    cc_Type **ptypes;        /* CALL/NEW/CTOR_CALL: the invoked method's parameter types as
                                instantiated (generic), one per parameter */
    cc_Type *ctype;          /* FOREACH: element type; SWITCH: selector type after unboxing;
                                compound ASSIGN: the operation type */
    cc_Type **throws;        /* CALL/NEW/CTOR_CALL: exceptions the invoked method declares */
    int nthrows;
    cc_Type *psite;          /* CC_I_POLY: the site of the resolution */
    cc_Sym *pmeth;           /* CC_I_POLY: the resolved (diamond: pseudo) method */
} cc_Info;

enum {
    CC_I_VARARGS = 1,        /* CALL/NEW/CTOR_CALL: arguments packed into an array */
    CC_I_IMPLICIT_THIS = 2,  /* NAME of an instance member: this.<name> */
    CC_I_SUPER = 4,          /* CALL/SELECT through super: invokespecial, non-virtual */
    CC_I_FOREACH_ARRAY = 8,
    CC_I_STATIC_SITE = 16,   /* static member through an expression: evaluate and pop */
    CC_I_BOOLCONST = 32,
    CC_I_POLY = 64,          /* CALL/NEW: type arguments defaulted without a target: inferred
                                again against the parameter it is passed to */
};

/* A module on the class path: its classes by binary name. */
typedef struct {
    const char *path;
    ld_Module *m;
} cc_PathModule;

typedef struct cc_Check cc_Check;

/* hash map of interned keys (pointers) to values */
typedef struct {
    const void **keys;
    void **vals;
    size_t cap, n;
} cc_Map;
void *cc_map_get(const cc_Map *m, const void *key);
void cc_map_put(cc_Map *m, const void *key, void *val);
void cc_map_free(cc_Map *m);

struct cc_Check {
    cc_Compiler *c;

    /* types */
    cc_Type *prim[9];        /* indexed by cc_TyKind TY_BOOLEAN..TY_VOID */
    cc_Type *t_null, *t_error;

    /* well-known classes (NULL if the library lacks them) */
    cc_Sym *c_object, *c_string, *c_class, *c_throwable, *c_exception, *c_runtime, *c_error,
        *c_cloneable, *c_serializable, *c_iterable, *c_iterator, *c_sb, *c_enum;
    cc_Sym *c_box[8];        /* Boolean, Byte, Short, Character, Integer, Long, Float, Double */

    /* classes by binary name (interned), packages by name with '/' (interned) */
    cc_Map classes;
    cc_Map packages;
    cc_Map lib_index;        /* binary name -> (index into path + 1) << 16 | class index */
    cc_PathModule *path;
    int npath;

    /* source */
    cc_Node **units;
    int nunits;
    cc_Sym **src_classes;    /* every source class, in declaration order (nested after
                                their outer class's earlier members) */
    int nsrc, src_cap;

    cc_Map info;             /* cc_Node* -> cc_Info* */
    void *pending_bounds;    /* check.c: type-argument bounds to check after the headers */
    int bounds_deferred;
    int flow_ran;            /* flow analysis ran for every class (no errors before it) */
};

/* The synthetic field that carries a class's generic signatures (gen.c writes it,
 * classpath.c reads it): Oak modules have no attributes. */
#define CC_SIG_FIELD "$signature"

/* ---- classpath.c ---- */
/* Adds a module file (or every .oak file of a directory) to the class path; -1 and a
 * message on error. */
int cc_path_add(cc_Check *k, const char *path, char *err, size_t errlen);
/* The class with binary name bin (interned), from the sources or the class path; NULL. */
cc_Sym *cc_class_lookup(cc_Check *k, const char *bin);
/* Does the package (with '/') exist in the sources or on the path? */
int cc_package_exists(cc_Check *k, const char *pkg);
/* Records the packages of a binary name ("a/b/C": a and a/b). */
void cc_add_packages(cc_Check *k, const char *bin);
/* Calls fn for each direct child of a tree node. */
void cc_for_children(cc_Node *n, void (*fn)(void *, cc_Node *), void *ctx);
/* Fills in the header (supertypes) or members of a library class. */
void cc_lib_complete_header(cc_Check *k, cc_Sym *cls);
void cc_lib_complete_members(cc_Check *k, cc_Sym *cls);
/* Type of a field descriptor ("I", "[Ljava/lang/String;"); advances *d. NULL if a class
 * is missing. */
cc_Type *cc_desc_type(cc_Check *k, const char **d);

/* ---- check.c ---- */
cc_Check *cc_check_new(cc_Compiler *c);
void cc_check_free(cc_Check *k);
/* The range checks of numeric literals (errors of javac's parser: run them with the
 * parser's, before anything else). */
void cc_check_literals(cc_Check *k, cc_Node **units, int n);
/* Enters, completes and attributes every unit, then runs flow analysis. Errors are
 * reported through k->c. */
void cc_check_units(cc_Check *k, cc_Node **units, int n);

cc_Info *cc_info(cc_Check *k, const cc_Node *n);      /* creates */
cc_Info *cc_info_get(cc_Check *k, const cc_Node *n);  /* NULL if none */
const cc_Const *cc_const_of(const cc_Node *n);        /* NULL if not a constant */

/* types */
cc_Type *cc_array_of(cc_Check *k, cc_Type *t);
cc_Type *cc_erasure(cc_Check *k, cc_Type *t);
int cc_is_subtype(cc_Check *k, cc_Type *s, cc_Type *t);
int cc_is_subclass(cc_Check *k, cc_Sym *c, cc_Sym *d);
int cc_is_ref(const cc_Type *t);
int cc_is_prim(const cc_Type *t);
int cc_is_numeric(const cc_Type *t);
cc_Type *cc_unboxed(cc_Check *k, cc_Type *t);  /* Integer -> int, else NULL */
cc_Type *cc_boxed(cc_Check *k, cc_Type *t);    /* int -> Integer, NULL if missing */
/* "int", "String", "List<T>", "int[]" as javac prints types in messages */
const char *cc_type_str(cc_Check *k, cc_Type *t);
/* descriptor of an erased type: "I", "Ljava/lang/String;" */
const char *cc_type_desc(cc_Check *k, cc_Type *t);
void cc_complete(cc_Check *k, cc_Sym *cls, int state);
/* the member type of sym (field/method result) seen from site */
cc_Type *cc_subst(cc_Check *k, cc_Type *t, cc_Sym **from, cc_Type **to, int n);
cc_Type *cc_as_super(cc_Check *k, cc_Type *t, cc_Sym *cls);

/* ---- flow.c ---- */
/* Reachability, definite assignment and exception checking of one top-level class
 * (with its nested classes), after attribution. */
void cc_flow_class(cc_Check *k, cc_Sym *cls);
/* Is t a checked exception type? */
int cc_is_checked(cc_Check *k, cc_Type *t);

/* ---- gen.c ---- */
/* Generates every source class into m (not canonicalized). -1 on an internal limit
 * (reported as an error). */
int cc_gen_module(cc_Check *k, ld_Module *m);

/* cc_error with javac's rule that a position gets at most one error (Log.shouldReport):
 * the checker and flow analysis report through it */
void cc_error1(cc_Compiler *c, cc_Pos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* small helpers shared by the passes */
static inline int cc_is_static(const cc_Sym *s) { return (s->flags & LD_ACC_STATIC) != 0; }
static inline int cc_is_final(const cc_Sym *s) { return (s->flags & LD_ACC_FINAL) != 0; }

#endif
