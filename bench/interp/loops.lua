-- The same work as Loops.java, for comparing Oak's interpreter with Lua 5.4's.
local function loops(n)
  local s = 0
  for i = 0, n - 1 do
    for j = 0, n - 1 do s = s + ((i ~ j) & 7) end
  end
  return s
end
local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
print(loops(3000))
print(fib(27))
