# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

## gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

!# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

u# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

b# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

v# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

b# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

## gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

T# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

m# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

g# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

g# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

w# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

b# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

x# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

m# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

l# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

x# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

l# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

'# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

w# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

k# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

l# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

,# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

## gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

l# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

g# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

u# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

f# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

.# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

.# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

b# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

.# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

,# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

g# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

g# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

w# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

l# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

W# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

1# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

## gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

N# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

=# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

1# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

0# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

0# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

0# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

,# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

1# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

0# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

0# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

0# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

0# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

1# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

0# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

0# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

0# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

0# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

0# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

f# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

l# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

y# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

,# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

k# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

g# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

g# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

w# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

'# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

u# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

u# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

## gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

w# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

'# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

v# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

f# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

y# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

.# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

y# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

.# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

R# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

u# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

l# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

g# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

b# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

u# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

l# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

(# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

m# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

k# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

w# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

## gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

b# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

l# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

)# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

u# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

m# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

m# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

b# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

y# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

f# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

m# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

.# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

m# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

.# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

## gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

## gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

b# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

u# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

.# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

v# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

y# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

g# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

(# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

≈# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

8# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

m# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

2# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

)# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

## gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

b# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

u# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

.# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

u# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

3# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

w# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

1# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

_# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

1# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

0# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

0# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

0# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

0# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

,# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

w# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

2# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

u# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

b# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

(# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

b# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

.# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

y# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

f# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

l# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

g# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

)# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

## gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

S# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

K# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

I# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

P# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

_# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

V# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

E# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

R# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

I# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

F# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

Y# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

=# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

1# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

S# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

K# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

I# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

P# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

_# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

L# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

I# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

N# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

E# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

A# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

R# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

=# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

1# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

b# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

u# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

.# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

…# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

l# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

y# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

b# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

y# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

b# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

l# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

## gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

## gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

.# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

.# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

l# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

y# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

:# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

$# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

P# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

E# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

E# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

R# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

S# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

_# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

W# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

O# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

R# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

K# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

(# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

f# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

u# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

l# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

## gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

m# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

g# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

g# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

w# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

)# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

,# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

w# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

m# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

,# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

m# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

l# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

m# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

.# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

## gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

N# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

g# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

l# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

l# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

y# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

m# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

w# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

;# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

'# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

R# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

E# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

A# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

D# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

M# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

E# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

l# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

w# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

.# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

u# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

f# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

l# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

R# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

O# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

O# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

T# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

=# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

$# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

(# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

$# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

(# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

m# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

$# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

0# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

)# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

.# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

.# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

.# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

.# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

&# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

&# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

w# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

)# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

S# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

R# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

C# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

=# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

$# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

{# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

P# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

E# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

E# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

R# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

S# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

_# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

S# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

R# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

C# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

:# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

$# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

R# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

O# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

O# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

T# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

.# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

.# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

}# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

W# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

O# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

R# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

K# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

=# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

$# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

{# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

P# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

E# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

E# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

R# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

S# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

_# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

W# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

O# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

R# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

K# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

:# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

m# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

g# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

g# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

w# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

}# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

P# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

Y# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

=# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

u# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

b# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

y# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

3# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

R# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

E# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

S# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

U# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

L# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

T# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

S# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

=# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

$# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

R# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

O# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

O# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

T# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

b# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

u# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

l# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

[# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

f# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

$# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

S# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

R# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

C# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

b# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

.# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

y# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

]# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

|# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

|# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

{# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

u# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

.# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

:# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

$# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

S# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

R# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

C# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

(# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

P# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

E# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

E# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

R# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

S# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

_# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

S# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

R# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

C# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

)# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

># gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

&# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

2# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

;# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

x# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

2# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

;# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

}# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

m# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

k# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

$# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

W# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

O# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

R# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

K# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

$# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

W# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

O# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

R# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

K# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

b# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

$# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

R# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

E# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

S# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

U# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

L# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

T# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

S# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

## gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

R# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

f# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

m# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

l# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

,# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

k# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

_# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

m# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

u# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

l# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

u# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

b# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

w# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

u# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

.# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

(# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

$# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

S# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

R# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

C# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

&# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

&# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

x# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

l# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

u# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

=# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

.# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

_# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

m# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

u# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

l# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

x# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

l# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

u# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

=# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

.# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

u# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

f# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

.# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

)# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

|# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

(# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

$# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

W# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

O# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

R# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

K# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

&# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

&# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

x# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

f# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

)# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

m# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

R# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

u# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

+# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

w# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

$# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

W# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

O# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

R# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

K# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

## gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

g# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

g# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

w# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

:# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

u# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

'# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

b# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

y# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

(# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

m# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

m# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

,# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

m# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

## gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

)# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

;# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

g# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

g# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

w# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

:# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

m# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

g# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

w# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

u# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

C# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

L# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

I# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

E# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

x# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

l# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

,# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

## gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

w# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

w# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

f# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

b# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

y# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

m# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

m# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

y# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

.# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

B# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

I# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

N# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

=# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

$# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

W# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

O# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

R# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

K# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

b# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

g# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

g# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

w# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

S# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

L# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

I# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

M# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

=# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

$# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

W# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

O# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

R# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

K# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

b# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

g# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

g# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

w# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

(# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

$# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

R# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

O# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

O# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

T# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

&# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

&# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

g# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

b# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

u# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

l# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

m# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

$# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

B# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

I# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

N# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

.# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

m# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

g# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

g# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

w# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

&# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

&# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

g# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

b# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

u# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

l# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

m# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

$# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

S# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

L# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

I# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

M# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

.# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

m# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

g# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

g# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

w# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

)# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

E# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

N# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

G# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

I# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

N# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

E# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

S# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

=# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

(# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

g# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

g# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

g# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

w# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

=# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

$# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

B# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

I# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

N# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

@# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

g# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

m# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

l# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

g# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

g# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

g# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

w# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

=# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

$# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

S# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

L# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

I# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

M# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

@# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

g# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

m# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

l# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

)# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

$# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

W# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

O# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

R# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

K# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

[# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

_# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

m# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

u# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

l# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

x# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

m# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

l# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

]# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

|# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

|# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

m# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

u# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

f# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

u# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

[# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

f# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

m# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

l# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

w# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

1# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

_# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

g# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

m# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

l# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

.# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

x# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

]# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

|# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

|# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

$# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

P# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

Y# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

m# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

k# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

_# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

m# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

l# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

.# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

y# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

[# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

f# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

u# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

w# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

2# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

_# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

1# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

0# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

0# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

0# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

.# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

j# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

]# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

&# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

&# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

[# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

f# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

u# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

w# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

1# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

_# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

1# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

0# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

0# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

0# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

0# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

.# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

j# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

]# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

|# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

|# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

$# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

P# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

Y# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

g# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

_# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

.# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

y# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

m# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

=# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

$# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

(# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

u# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

+# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

%# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

Y# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

%# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

m# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

%# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

%# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

H# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

%# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

M# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

%# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

S# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

)# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

f# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

[# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

z# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

$# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

{# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

S# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

K# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

I# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

P# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

_# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

V# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

E# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

R# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

I# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

F# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

Y# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

:# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

}# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

]# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

;# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

=# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

=# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

v# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

f# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

y# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

.# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

y# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

(# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

f# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

v# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

y# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

g# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

'# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

u# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

u# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

)# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

># gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

&# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

2# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

$# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

P# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

Y# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

v# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

f# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

y# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

.# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

y# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

$# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

{# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

E# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

N# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

G# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

I# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

N# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

E# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

S# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

[# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

@# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

]# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

}# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

2# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

># gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

&# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

1# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

|# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

$# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

R# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

E# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

S# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

U# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

L# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

T# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

S# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

v# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

f# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

y# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

$# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

m# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

.# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

x# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

|# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

l# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

2# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

5# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

f# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

=# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

=# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

b# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

.# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

(# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

b# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

y# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

)# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

># gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

&# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

2# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

.# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

b# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

.# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

$# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

{# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

E# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

N# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

G# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

I# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

N# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

E# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

S# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

[# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

@# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

]# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

}# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

$# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

@# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

|# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

$# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

R# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

E# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

S# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

U# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

L# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

T# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

S# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

b# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

$# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

m# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

.# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

m# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

f# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

[# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

z# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

$# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

{# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

S# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

K# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

I# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

P# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

_# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

L# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

I# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

N# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

E# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

A# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

R# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

:# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

}# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

]# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

;# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

=# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

=# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

g# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

g# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

w# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

l# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

,# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

W# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

1# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

N# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

=# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

1# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

0# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

0# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

0# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

…# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

1# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

0# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

0# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

0# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

0# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

0# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

># gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

&# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

2# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

[# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

f# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

u# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

w# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

1# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

_# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

1# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

0# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

0# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

0# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

0# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

0# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

.# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

j# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

]# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

|# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

|# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

$# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

P# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

Y# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

g# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

_# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

.# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

y# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

u# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

b# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

g# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

z# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

1# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

0# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

0# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

0# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

0# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

0# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

1# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

># gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

v# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

u# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

l# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

l# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

[# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

f# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

u# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

w# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

1# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

_# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

1# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

0# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

0# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

0# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

0# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

0# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

.# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

j# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

]# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

|# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

|# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

u# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

b# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

g# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

w# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

1# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

_# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

1# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

0# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

0# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

0# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

0# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

0# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

.# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

j# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

u# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

$# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

P# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

Y# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

$# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

R# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

O# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

O# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

T# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

b# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

l# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

.# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

y# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

$# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

B# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

I# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

N# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

|# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

$# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

R# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

E# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

S# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

U# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

L# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

T# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

S# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

l# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

$# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

m# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

.# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

m# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

d# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

f# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

c# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

h# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

o# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

r# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

e# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

u# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

l# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

i# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

n# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

$# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

R# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

E# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

S# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

U# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

L# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

T# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

S# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

/# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

*# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

-# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

$# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

s# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

t# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

a# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

m# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

p# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

.# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

*# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

"# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

 # gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

># gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

&# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

2# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")


# gongwen: the product's binary, run by the peers' own run_gongwen.sh as
# `gongwen render --raw` (single) and `render --raw --each .Records` (many) —
# the commands a user types.
BIN=$WORK/bin/gongwen
(cd "$ROOT" && go build -trimpath -o "$BIN" ./cmd/gongwen)
export GONGWEN=$BIN
ENGINES=(--engine "gongwen=./run_gongwen.sh@gotemplate")

