/* verifier.h: proves a class's bytecode type-safe before any of it runs.
 *
 * Why: the interpreter and the JIT trust the bytecode completely (no stack bounds checks,
 * no type tags), so nothing may reach them that could underflow the operand stack, use
 * an int as a reference, jump into the middle of an instruction or run off the end of
 * the code. The reader (loader/module.c) already guarantees the code *decodes*; the
 * verifier proves what it *does* is safe, by type inference as in the JVM specification
 * 4.10.2: a dataflow over the method's instructions to a fixed point, one abstract frame
 * (local types + stack types) per instruction, merged where paths meet.
 *
 * It runs at link time on every class, in every execution mode; a failure leaves the
 * class erroneous with java.lang.VerifyError pending:
 *   "Foo.bar(I)I at pc 12: expected int on stack, found reference"
 */
#ifndef OAK_VERIFIER_H
#define OAK_VERIFIER_H

#include "vm.h"

/* Verifies every method of c that has code. 0, or -1 with VerifyError (or a loading
 * error met while checking assignability) pending in t. */
int vf_verify_class(vm_Thread *t, vm_Class *c);

#endif
