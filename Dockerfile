# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
## The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
P# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
r# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
d# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
u# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
c# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
m# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
g# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
:# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
b# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
u# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
l# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
g# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
,# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
r# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
u# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
f# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
r# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
m# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
c# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
d# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
w# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
h# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
p# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
r# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
d# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
u# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
c# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
d# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
p# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
d# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
c# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
l# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
y# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
.# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).

# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
F# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
R# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
O# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
M# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
d# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
:# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
2# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
4# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
-# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
b# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
k# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
w# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
r# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
m# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
-# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
l# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
m# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
A# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
S# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
b# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
u# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
l# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
d# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).

# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
W# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
O# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
R# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
K# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
D# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
I# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
R# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
/# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
p# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
p# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).

# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
C# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
O# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
P# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
Y# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
p# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
c# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
k# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
g# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
.# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
j# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
p# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
c# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
k# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
g# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
-# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
l# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
c# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
k# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
.# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
j# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
.# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
/# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).

# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
R# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
U# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
N# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
p# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
m# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
c# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
-# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
-# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
g# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
r# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
-# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
c# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
r# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
p# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).

# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
C# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
O# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
P# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
Y# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
c# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
f# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
g# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
.# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
j# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
c# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
f# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
g# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
.# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
b# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
u# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
l# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
d# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
.# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
j# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
.# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
/# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).

# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
C# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
O# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
P# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
Y# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
c# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
h# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
m# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
.# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
/# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
c# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
h# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
m# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).

# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
C# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
O# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
P# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
Y# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
r# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
c# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
.# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
/# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
r# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
c# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).

# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
R# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
U# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
N# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
p# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
m# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
r# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
u# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
b# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
u# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
l# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
d# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).

# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).

# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
F# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
R# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
O# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
M# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
d# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
:# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
2# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
4# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
-# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
b# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
k# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
w# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
r# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
m# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
-# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
l# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
m# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).

# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
## The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
T# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
w# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
m# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
l# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
l# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
c# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
r# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
d# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
f# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
p# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
r# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
h# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
r# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
d# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
:# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
h# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
r# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
d# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
z# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
h# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
y# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
f# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
l# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
u# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
d# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
r# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
l# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
g# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).

# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
## The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
l# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
d# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
d# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
f# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
g# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
r# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
w# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
g# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
w# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
h# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
f# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
r# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
d# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
b# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
u# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
r# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
d# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
r# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
m# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
m# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
r# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
y# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
(# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
`# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
p# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
m# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
r# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
u# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
b# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
c# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
h# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
-# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
-# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
-# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
-# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
k# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
`# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
)# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
.# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).

# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
E# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
N# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
V# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
N# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
O# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
D# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
E# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
_# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
E# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
N# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
V# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
=# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
p# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
r# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
d# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
u# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
c# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
\# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).

# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
H# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
O# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
S# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
T# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
=# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
0# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
.# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
0# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
.# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
0# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
.# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
0# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
\# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).

# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
P# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
O# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
R# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
T# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
=# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
4# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
0# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
0# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
0# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
\# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).

# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
M# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
A# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
L# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
L# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
O# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
C# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
_# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
A# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
R# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
E# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
N# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
A# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
_# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
M# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
A# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
X# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
=# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
2# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).

# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
W# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
O# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
R# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
K# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
D# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
I# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
R# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
/# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
p# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
p# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).

# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
C# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
O# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
P# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
Y# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
p# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
c# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
k# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
g# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
.# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
j# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
p# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
c# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
k# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
g# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
-# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
l# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
c# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
k# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
.# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
j# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
.# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
/# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).

# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
R# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
U# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
N# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
p# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
m# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
c# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
-# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
-# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
m# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
=# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
d# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
v# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
-# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
-# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
g# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
r# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
-# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
c# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
r# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
p# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
&# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
&# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
p# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
m# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
c# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
c# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
h# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
c# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
l# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
-# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
-# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
f# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
r# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
c# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).

# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
C# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
O# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
P# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
Y# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
-# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
-# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
f# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
r# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
m# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
=# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
b# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
u# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
l# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
d# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
/# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
p# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
p# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
/# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
d# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
.# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
/# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
d# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).

# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
C# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
O# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
P# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
Y# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
c# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
h# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
m# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
.# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
/# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
c# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
h# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
m# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).

# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
U# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
S# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
E# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
R# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
d# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).

# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
E# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
X# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
P# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
O# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
S# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
E# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
4# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
0# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
0# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
0# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
9# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
4# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
6# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
4# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).

# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
H# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
E# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
A# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
L# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
T# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
H# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
C# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
H# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
E# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
C# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
K# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
-# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
-# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
r# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
v# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
l# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
=# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
1# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
0# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
-# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
-# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
m# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
u# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
=# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
3# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
-# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
-# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
r# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
-# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
p# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
r# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
d# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
=# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
5# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
-# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
-# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
r# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
r# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
=# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
3# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
\# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).

# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
C# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
M# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
D# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
[# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
"# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
d# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
"# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
,# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
"# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
-# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
"# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
,# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
"# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
f# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
c# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
h# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
(# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
`# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
h# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
p# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
:# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
/# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
/# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
1# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
2# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
7# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
.# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
0# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
.# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
0# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
.# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
1# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
:# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
$# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
{# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
p# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
r# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
c# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
.# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
v# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
.# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
P# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
O# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
R# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
T# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
}# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
/# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
h# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
l# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
h# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
z# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
`# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
)# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
.# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
h# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
(# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
(# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
r# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
)# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
=# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
># The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
p# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
r# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
c# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
.# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
x# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
(# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
r# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
.# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
k# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
?# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
0# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
:# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
1# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
)# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
,# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
(# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
)# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
=# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
># The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
p# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
r# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
c# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
.# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
x# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
(# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
1# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
)# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
)# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
"# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
]# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).

# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
## The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
T# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
h# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
g# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
w# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
y# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
d# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
r# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
p# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
r# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
f# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
l# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
g# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
h# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
S# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
I# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
G# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
T# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
E# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
R# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
M# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
,# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
h# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
x# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
0# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
.# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).

# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
S# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
T# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
O# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
P# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
S# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
I# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
G# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
N# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
A# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
L# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
S# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
I# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
G# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
T# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
E# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
R# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
M# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).

# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
## The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
T# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
h# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
l# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
d# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
g# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
r# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
m# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
y# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
g# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
r# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
w# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
1# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
.# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
5# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
m# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
w# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
h# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
u# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
r# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
v# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
v# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
d# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
h# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
l# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
f# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
u# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
l# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
l# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
c# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
l# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
l# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
c# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
,# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
u# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
p# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
4# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).

# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
## The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
m# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
:# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
u# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
d# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
r# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
l# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
d# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
h# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
r# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
d# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
z# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
y# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
b# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
u# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
6# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
0# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
M# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
B# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
l# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
w# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
r# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
,# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
m# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
u# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
r# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
b# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
l# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
c# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).

# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
## The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
h# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
r# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
u# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
g# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
h# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
p# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
u# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
(# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
`# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
p# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
m# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
r# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
u# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
b# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
c# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
h# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
`# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
;# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
h# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
b# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
c# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
h# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
m# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
r# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
k# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
d# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
h# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
p# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
r# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
d# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
u# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
c# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
r# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
u# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
h# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
m# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
c# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
m# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
m# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
d# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
)# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
.# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).

# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
C# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
M# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
D# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
[# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
"# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
d# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
"# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
,# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
"# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
-# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
-# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
h# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
p# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
-# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
g# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
r# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
o# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
w# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
g# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
-# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
p# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
r# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
c# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
e# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
=# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
1# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
0# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
0# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
"# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
,# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
 # The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
"# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
d# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
t# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
/# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
m# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
a# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
i# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
n# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
.# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
j# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
s# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
"# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
]# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).

# The old generation may grow to twice what survived the last full collection, not up to four
# times: under load the resident size stays about 60 MB lower, at no measurable cost in
# throughput (`npm run bench`; the benchmark and the production test run this same command).
