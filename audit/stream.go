package audit

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Subjects of the audit chain on the bus's KKH_AUDIT stream (the stream
// itself is created by relay/bus). Integrity comes from the block hashes
// and attestations, not from the transport.
const (
	// SubjectBlock carries proposed blocks, leader → attesters.
	SubjectBlock = "kkh.audit.block"
	// SubjectAttest carries attestations, attesters → collector.
	SubjectAttest = "kkh.audit.attest"
	// SubjectFinal carries final blocks: the replicated chain a restarted
	// or new operator catches up from.
	SubjectFinal = "kkh.audit.final"
	// DefaultStream is the bus stream holding the subjects above.
	DefaultStream = "KKH_AUDIT"
)

// BlockMsgID is the Nats-Msg-Id for publishing b:
// "audit-<height>-<SHA-256 of the block encoding>". Republishing the same
// bytes is deduplicated by JetStream; any other block for that height —
// even one differing only in its attestations — is a new message, so a
// forged copy can never shadow the genuine block within the dedupe window.
func BlockMsgID(b *Block) string {
	return fmt.Sprintf("audit-%d-%x", b.Header.Height, sha256.Sum256(b.Encode()))
}

// PublishBlock publishes the encoding of b on subject without an envelope,
// with BlockMsgID as its Nats-Msg-Id. Operators normally publish through the
// relay's bus, which signs an envelope around the same payload.
func PublishBlock(ctx context.Context, js jetstream.JetStream, subject string, b *Block) error {
	msg := nats.NewMsg(subject)
	msg.Data = b.Encode()
	msg.Header.Set(jetstream.MsgIDHeader, BlockMsgID(b))
	if _, err := js.PublishMsg(ctx, msg); err != nil {
		return fmt.Errorf("audit: publish block %d: %w", b.Header.Height, err)
	}
	return nil
}

// StreamSourceConfig configures a StreamSource.
type StreamSourceConfig struct {
	JS jetstream.JetStream
	// Stream is the JetStream stream (default DefaultStream).
	Stream string
	// Subject is the subject of final blocks (default SubjectFinal).
	Subject string
	// Open returns the block encoding carried by a message. The relay's bus
	// wraps every payload in an operator-signed envelope: pass its opener.
	// Nil means the payload is the block encoding itself.
	Open func(msg jetstream.Msg) ([]byte, error)
	// FetchWait bounds one fetch from the server (default 2 s).
	FetchWait time.Duration
}

// StreamSource reads final blocks from a JetStream stream with an ordered
// consumer, from the first message to the last one present when Blocks is
// called, skipping heights below from. Everything else is passed on in
// stream order, repeated or forged publications included, for the caller
// (Ledger.CatchUp) to verify and skip. It is a Source.
type StreamSource struct {
	cfg StreamSourceConfig
}

// NewStreamSource validates cfg.
func NewStreamSource(cfg StreamSourceConfig) (*StreamSource, error) {
	if cfg.JS == nil {
		return nil, fmt.Errorf("audit: stream source: %w: JS is required", ErrConfig)
	}
	if cfg.Stream == "" {
		cfg.Stream = DefaultStream
	}
	if cfg.Subject == "" {
		cfg.Subject = SubjectFinal
	}
	if cfg.FetchWait <= 0 {
		cfg.FetchWait = 2 * time.Second
	}
	return &StreamSource{cfg: cfg}, nil
}

// Blocks implements Source.
func (s *StreamSource) Blocks(ctx context.Context, from uint64, fn func(*Block) error) error {
	cons, err := s.cfg.JS.OrderedConsumer(ctx, s.cfg.Stream, jetstream.OrderedConsumerConfig{
		FilterSubjects: []string{s.cfg.Subject},
		DeliverPolicy:  jetstream.DeliverAllPolicy,
	})
	if err != nil {
		return fmt.Errorf("audit: stream source %s: %w", s.cfg.Stream, err)
	}
	info, err := cons.Info(ctx)
	if err != nil {
		return fmt.Errorf("audit: stream source %s: %w", s.cfg.Stream, err)
	}
	if info.NumPending == 0 {
		return nil
	}
	for {
		batch, err := cons.Fetch(256, jetstream.FetchMaxWait(s.cfg.FetchWait))
		if err != nil {
			return fmt.Errorf("audit: stream source %s: fetch: %w", s.cfg.Stream, err)
		}
		var pending uint64 = 1
		got := 0
		for msg := range batch.Messages() {
			got++
			meta, err := msg.Metadata()
			if err != nil {
				return fmt.Errorf("audit: stream source %s: %w", s.cfg.Stream, err)
			}
			pending = meta.NumPending
			data := msg.Data()
			if s.cfg.Open != nil {
				if data, err = s.cfg.Open(msg); err != nil {
					return fmt.Errorf("audit: stream source %s: message %d: %w", s.cfg.Stream, meta.Sequence.Stream, err)
				}
			}
			b, err := DecodeBlock(data)
			if err != nil {
				return fmt.Errorf("audit: stream source %s: message %d: %w", s.cfg.Stream, meta.Sequence.Stream, err)
			}
			if b.Header.Height < from {
				continue
			}
			if err := fn(b); err != nil {
				return err
			}
		}
		if err := batch.Error(); err != nil && !errors.Is(err, nats.ErrTimeout) {
			return fmt.Errorf("audit: stream source %s: %w", s.cfg.Stream, err)
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if pending == 0 || got == 0 {
			return nil // caught up with what the stream held
		}
	}
}

// AttestationMsgSize is the length of an attestation message.
const AttestationMsgSize = 8 + 32 + AttestationSize

// AttestationMsg is what an attester publishes on SubjectAttest:
// u64 height ‖ b32 block hash ‖ attestation (105 bytes).
type AttestationMsg struct {
	Height      uint64
	Hash        [32]byte
	Attestation Attestation
}

// Encode returns the 105-byte message.
func (m AttestationMsg) Encode() []byte {
	w := writer{b: make([]byte, 0, AttestationMsgSize)}
	w.u64(m.Height)
	w.b32(m.Hash)
	w.b = append(w.b, m.Attestation[:]...)
	return w.b
}

// DecodeAttestationMsg parses a 105-byte attestation message. It does not
// check the signature: AddAttestation does, against the block it names.
func DecodeAttestationMsg(b []byte) (AttestationMsg, error) {
	var m AttestationMsg
	if len(b) != AttestationMsgSize {
		return m, fmt.Errorf("%w: attestation message of %d bytes, want %d", ErrEncoding, len(b), AttestationMsgSize)
	}
	rd := reader{b: b}
	m.Height = rd.u64()
	m.Hash = rd.b32()
	copy(m.Attestation[:], rd.take(AttestationSize))
	return m, rd.err
}
