package suggest

import "testing"

func TestClosest(t *testing.T) {
	keys := []string{"listen", "storeDir", "interval"}
	for _, tc := range []struct{ got, want string }{
		{"listn", "listen"}, {"LISTEN", "listen"}, {"storedir", "storeDir"}, {"intervall", "interval"}, {"colour", ""},
	} {
		if got := Closest(tc.got, keys, 2); got != tc.want {
			t.Errorf("Closest(%q) = %q, want %q", tc.got, got, tc.want)
		}
	}
	if d := Distance("kitten", "sitting"); d != 3 {
		t.Errorf("Distance = %d, want 3", d)
	}
}
