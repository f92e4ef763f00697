package evmroute

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/kakehashi/kakehashi/contracts/bindings"
	"github.com/kakehashi/kakehashi/relay"
)

func TestPack(t *testing.T) {
	sig := func(epoch byte, v byte) []byte {
		b := make([]byte, 8+65)
		b[7] = epoch
		b[8+64] = v
		return b
	}
	s1, s2 := common.HexToAddress("0x01"), common.HexToAddress("0x02")
	for _, tc := range []struct {
		name    string
		sigs    []relay.OperatorSig
		wantErr error
	}{
		{"same epoch", []relay.OperatorSig{{Signer: s1, Signature: sig(1, 27)}, {Signer: s2, Signature: sig(1, 28)}}, nil},
		{"mixed epochs", []relay.OperatorSig{{Signer: s1, Signature: sig(1, 27)}, {Signer: s2, Signature: sig(2, 27)}}, ErrEpoch},
		{"short share", []relay.OperatorSig{{Signer: s1, Signature: make([]byte, 65)}}, relay.ErrBadShare},
	} {
		t.Run(tc.name, func(t *testing.T) {
			epoch, packed, err := pack(tc.sigs, true)
			switch {
			case tc.wantErr != nil:
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("err = %v, want %v", err, tc.wantErr)
				}
			default:
				if err != nil || epoch != 1 || len(packed) != 2*65 {
					t.Fatalf("pack = %d, %d bytes, %v", epoch, len(packed), err)
				}
			}
		})
	}
}

// configCaller answers Bridge.config() with a settable epoch and counts
// the calls, as a node would.
type configCaller struct {
	mu    sync.Mutex
	epoch uint64
	calls int
}

func (c *configCaller) CodeAt(context.Context, common.Address, *big.Int) ([]byte, error) {
	return []byte{1}, nil
}

func (c *configCaller) CallContract(_ context.Context, _ ethereum.CallMsg, _ *big.Int) ([]byte, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.calls++
	abi, err := bindings.BridgeMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return abi.Methods["config"].Outputs.Pack(c.epoch, uint8(2), uint8(3), false, uint64(0), uint64(0), uint32(0))
}

func (c *configCaller) set(epoch uint64) {
	c.mu.Lock()
	c.epoch = epoch
	c.mu.Unlock()
}

func (c *configCaller) count() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.calls
}

// The epoch is read once per MaxAge however many signatures ask for it,
// and read again, with a rotation's new value, once MaxAge has passed.
func TestEpochReaderKeepsReadForMaxAge(t *testing.T) {
	node := &configCaller{epoch: 1}
	br, err := bindings.NewBridgeCaller(common.HexToAddress("0xb1"), node)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Unix(1_700_000_000, 0)
	var clock sync.Mutex
	r := &EpochReader{Bridge: br, MaxAge: time.Second, Now: func() time.Time { clock.Lock(); defer clock.Unlock(); return now }}
	advance := func(d time.Duration) { clock.Lock(); now = now.Add(d); clock.Unlock() }
	ctx := context.Background()

	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if e, err := r.Epoch(ctx); err != nil || e != 1 {
				t.Errorf("Epoch = %d, %v; want 1", e, err)
			}
		}()
	}
	wg.Wait()
	if n := node.count(); n != 1 {
		t.Fatalf("%d reads for 50 concurrent signatures, want 1", n)
	}
	node.set(2) // the signer set is rotated
	advance(999 * time.Millisecond)
	if e, _ := r.Epoch(ctx); e != 1 || node.count() != 1 {
		t.Fatalf("within MaxAge: epoch %d after %d reads, want the kept 1 after 1", e, node.count())
	}
	advance(time.Millisecond)
	if e, _ := r.Epoch(ctx); e != 2 || node.count() != 2 {
		t.Fatalf("after MaxAge: epoch %d after %d reads, want 2 after 2", e, node.count())
	}
}
