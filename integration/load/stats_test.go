package load

import (
	"fmt"
	"math/rand"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
)

// Pure helpers of the load benchmark, built without the integration tag so
// that their unit tests run in plain `go test`.

// plan assigns a route to each of n transfers, in the proportions of mix,
// in a shuffled (but reproducible) order.
func plan(n int, mix []int) []int {
	out := make([]int, 0, n)
	for r, p := range mix {
		for i := 0; i < n*p/100; i++ {
			out = append(out, r)
		}
	}
	for r := 0; len(out) < n; r = (r + 1) % len(mix) {
		if mix[r] > 0 {
			out = append(out, r)
		}
	}
	rnd := rand.New(rand.NewSource(8))
	rnd.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

// ---- statistics ----

type dist []float64

func (d dist) q(p float64) float64 {
	if len(d) == 0 {
		return 0
	}
	s := append(dist(nil), d...)
	sort.Float64s(s)
	i := int(p*float64(len(s))+0.5) - 1
	if i < 0 {
		i = 0
	}
	if i >= len(s) {
		i = len(s) - 1
	}
	return s[i]
}

func (d dist) mean() float64 {
	if len(d) == 0 {
		return 0
	}
	var s float64
	for _, v := range d {
		s += v
	}
	return s / float64(len(d))
}

// legs6 is issue 6's relay overhead of a set of transfers and its legs, in
// milliseconds: total is the final block announced → the relay's
// transaction in the destination pool; watch, sign and send split it on
// the submitting relay's clock (its "final" and t-th "signed" states);
// mine (pool → the transaction's block announced) and receipt (that block
// → the relay's "submitted" state, which the relay records only once its
// receipt poll has read the receipt) come after it.
type legs6 struct {
	total, watch, sign, send, mine, receipt dist
}

// add records one transfer: final is when its final block was announced,
// pooled when its relay transaction entered the destination pool, mined
// when that transaction's block was announced (if okMined), h its
// submitting relay's history (state → time; nil if unknown).
func (l *legs6) add(final, pooled, mined time.Time, okMined bool, h map[string]time.Time) {
	l.total = append(l.total, ms(pooled.Sub(final)))
	if okMined {
		l.mine = append(l.mine, ms(mined.Sub(pooled)))
		if sub, ok := h["submitted"]; ok {
			l.receipt = append(l.receipt, ms(sub.Sub(mined)))
		}
	}
	fin, okF := h["final"]
	sig, okS := h["signed"]
	if okF {
		l.watch = append(l.watch, ms(fin.Sub(final)))
	}
	if okF && okS {
		l.sign = append(l.sign, ms(sig.Sub(fin)))
	}
	if okS {
		l.send = append(l.send, ms(pooled.Sub(sig)))
	}
}

// ms is d in milliseconds.
func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// ---- relayd processes ----

type procStat struct {
	cpu    float64 // seconds, user + system
	hwmKiB int64
}

func readProc(pid int) (procStat, error) {
	var st procStat
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return st, err
	}
	// Fields after the command name, which is in parentheses and may hold spaces.
	f := strings.Fields(string(raw)[strings.LastIndexByte(string(raw), ')')+2:])
	if len(f) < 13 {
		return st, fmt.Errorf("/proc/%d/stat: %d fields", pid, len(f))
	}
	ut, err1 := strconv.ParseFloat(f[11], 64)  // utime, field 14
	stt, err2 := strconv.ParseFloat(f[12], 64) // stime, field 15
	if err1 != nil || err2 != nil {
		return st, fmt.Errorf("/proc/%d/stat: utime %q stime %q", pid, f[11], f[12])
	}
	st.cpu = (ut + stt) / 100 // USER_HZ is 100 on Linux
	status, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return st, err
	}
	for _, line := range strings.Split(string(status), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			st.hwmKiB, err = strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			if err != nil {
				return st, fmt.Errorf("/proc/%d/status VmHWM %q: %v", pid, v, err)
			}
		}
	}
	return st, nil
}

func TestPlan(t *testing.T) {
	tests := []struct {
		name string
		n    int
		mix  []int
		want []int // transfers per route
	}{
		{name: "default mix", n: 1000, mix: []int{60, 20, 20}, want: []int{600, 200, 200}},
		{name: "remainder spread", n: 7, mix: []int{60, 20, 20}, want: []int{5, 1, 1}},
		{name: "one route", n: 10, mix: []int{0, 100, 0}, want: []int{0, 10, 0}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := make([]int, len(tc.mix))
			p := plan(tc.n, tc.mix)
			if len(p) != tc.n {
				t.Fatalf("plan has %d transfers, want %d", len(p), tc.n)
			}
			for _, r := range p {
				got[r]++
			}
			for r := range got {
				if got[r] != tc.want[r] {
					t.Fatalf("route %d: %d transfers, want %d (all %v)", r, got[r], tc.want[r], got)
				}
			}
		})
	}
}

func TestDist(t *testing.T) {
	d := dist{5, 1, 4, 2, 3, 6, 7, 8, 9, 10}
	tests := []struct {
		name string
		got  float64
		want float64
	}{
		{name: "p50", got: d.q(.5), want: 5},
		{name: "p90", got: d.q(.9), want: 9},
		{name: "p99", got: d.q(.99), want: 10},
		{name: "max", got: d.q(1), want: 10},
		{name: "min", got: d.q(0), want: 1},
		{name: "mean", got: d.mean(), want: 5.5},
		{name: "empty", got: dist{}.q(.5), want: 0},
	}
	for _, tc := range tests {
		if tc.got != tc.want {
			t.Errorf("%s = %v, want %v", tc.name, tc.got, tc.want)
		}
	}
	if d[0] != 5 {
		t.Errorf("q sorted the distribution in place")
	}
}

func TestReadProc(t *testing.T) {
	st, err := readProc(os.Getpid())
	if err != nil {
		t.Fatal(err)
	}
	if st.hwmKiB <= 0 || st.cpu < 0 {
		t.Fatalf("readProc(self) = %+v, want a positive peak RSS", st)
	}
	if _, err := readProc(-1); err == nil {
		t.Fatal("readProc(-1): no error")
	}
}

func TestLegs6(t *testing.T) {
	t0 := time.Date(2026, 1, 2, 12, 0, 0, 0, time.UTC)
	at := func(msec int) time.Time { return t0.Add(time.Duration(msec) * time.Millisecond) }
	var l legs6
	// A transfer with its whole history, one without any, one whose block
	// announcement was missed.
	l.add(at(0), at(90), at(1000), true, map[string]time.Time{"final": at(10), "signed": at(40), "submitted": at(1100)})
	l.add(at(0), at(120), at(1000), true, nil)
	l.add(at(0), at(60), time.Time{}, false, map[string]time.Time{"final": at(5), "signed": at(30), "submitted": at(1100)})
	tests := []struct {
		name string
		got  dist
		want dist
	}{
		{"total", l.total, dist{90, 120, 60}},
		{"watch", l.watch, dist{10, 5}},
		{"sign", l.sign, dist{30, 25}},
		{"send", l.send, dist{50, 30}},
		{"mine", l.mine, dist{910, 880}},
		{"receipt", l.receipt, dist{100}},
	}
	for _, tc := range tests {
		if fmt.Sprint(tc.got) != fmt.Sprint(tc.want) {
			t.Errorf("%s = %v, want %v", tc.name, tc.got, tc.want)
		}
	}
}
