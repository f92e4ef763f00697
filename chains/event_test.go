package chains

import (
	"slices"
	"testing"
)

func TestCompareOrder(t *testing.T) {
	ref := func(tx byte, index uint32) EventRef {
		return EventRef{Chain: BitcoinRegtest, TxHash: [32]byte{tx}, Index: index}
	}
	tests := []struct {
		name   string
		blockA uint64
		a      EventRef
		blockB uint64
		b      EventRef
		want   int
	}{
		{"earlier block first, whatever the index", 1, ref(9, 9), 2, ref(1, 0), -1},
		{"same block: lower index first", 5, ref(9, 0), 5, ref(1, 1), -1},
		{"same block and index: lower hash first", 5, ref(1, 0), 5, ref(2, 0), -1},
		{"the same event", 5, ref(1, 0), 5, ref(1, 0), 0},
		{"later block last", 3, ref(1, 0), 2, ref(1, 0), 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := CompareOrder(tc.blockA, tc.a, tc.blockB, tc.b); got != tc.want {
				t.Fatalf("CompareOrder = %d, want %d", got, tc.want)
			}
			if got := CompareOrder(tc.blockB, tc.b, tc.blockA, tc.a); got != -tc.want {
				t.Fatalf("reversed CompareOrder = %d, want %d", got, -tc.want)
			}
		})
	}
	evs := []Event{
		{BlockNum: 2, Ref: ref(1, 0)},
		{BlockNum: 1, Ref: ref(3, 1)},
		{BlockNum: 1, Ref: ref(2, 1)},
		{BlockNum: 1, Ref: ref(4, 0)},
	}
	slices.SortFunc(evs, func(x, y Event) int { return CompareOrder(x.BlockNum, x.Ref, y.BlockNum, y.Ref) })
	var got []byte
	for _, e := range evs {
		got = append(got, e.Ref.TxHash[0])
	}
	if !slices.Equal(got, []byte{4, 2, 3, 1}) {
		t.Fatalf("sorted order by first hash byte = %v, want [4 2 3 1]", got)
	}
}
