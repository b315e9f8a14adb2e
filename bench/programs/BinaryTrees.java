// binarytrees: the Computer Language Benchmarks Game's binary-trees: allocate and walk
// many short-lived perfect binary trees next to one long-lived tree. Measures allocation
// and garbage collection. Size: maximum depth (default 16).
public class BinaryTrees {
    static final class TreeNode {
        final TreeNode left, right;

        TreeNode(TreeNode left, TreeNode right) {
            this.left = left;
            this.right = right;
        }

        int itemCheck() {
            if (left == null) return 1;
            return 1 + left.itemCheck() + right.itemCheck();
        }
    }

    static TreeNode bottomUpTree(int depth) {
        if (depth > 0) return new TreeNode(bottomUpTree(depth - 1), bottomUpTree(depth - 1));
        return new TreeNode(null, null);
    }

    static boolean good = true;

    static void expect(long got, long want) {
        if (got != want) {
            System.out.println("FAIL: check " + got + ", expected " + want);
            good = false;
        }
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        int minDepth = 4;
        int maxDepth = n < minDepth + 2 ? minDepth + 2 : n;
        int stretchDepth = maxDepth + 1;
        int check = bottomUpTree(stretchDepth).itemCheck();
        System.out.println("stretch tree of depth " + stretchDepth + "\t check: " + check);
        expect(check, (1 << (stretchDepth + 1)) - 1);
        TreeNode longLived = bottomUpTree(maxDepth);
        for (int depth = minDepth; depth <= maxDepth; depth += 2) {
            int iterations = 1 << (maxDepth - depth + minDepth);
            long sum = 0;
            for (int i = 1; i <= iterations; i++) sum += bottomUpTree(depth).itemCheck();
            System.out.println(iterations + "\t trees of depth " + depth + "\t check: " + sum);
            expect(sum, (long) iterations * ((1 << (depth + 1)) - 1));
        }
        check = longLived.itemCheck();
        System.out.println("long lived tree of depth " + maxDepth + "\t check: " + check);
        expect(check, (1 << (maxDepth + 1)) - 1);
        if (!good) System.exit(1);
        System.out.println("ok");
    }
}
