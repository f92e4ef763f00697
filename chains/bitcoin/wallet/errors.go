package wallet

import "errors"

var (
	// ErrConfig is returned by New for an invalid Config.
	ErrConfig = errors.New("wallet: invalid config")
	// ErrUnknownEpoch is returned for a deposit or UTXO of a federation
	// epoch the wallet was not configured with.
	ErrUnknownEpoch = errors.New("wallet: unknown federation epoch")
	// ErrNothingToDo is returned for a sweep without deposits or a payout without burns.
	ErrNothingToDo = errors.New("wallet: nothing to build")
	// ErrDuplicate is returned when the same deposit outpoint or burn
	// transfer id is given twice.
	ErrDuplicate = errors.New("wallet: duplicate entry")
	// ErrInsufficientFunds is returned when the custody UTXOs cannot cover
	// the burns (with change either zero or above dust).
	ErrInsufficientFunds = errors.New("wallet: insufficient custody funds")
	// ErrBelowDust is returned when an output would be dust after its fee share.
	ErrBelowDust = errors.New("wallet: output below dust after fee")
	// ErrTooLarge is returned when a transaction would exceed the standard weight.
	ErrTooLarge = errors.New("wallet: transaction above standard weight")
	// ErrPacket is returned for a PSBT that is not a Kakehashi sweep or payout
	// (missing or malformed annotations, unknown leaf).
	ErrPacket = errors.New("wallet: malformed packet")
	// ErrSignatures is returned by AssembleWitness when an input has fewer
	// than threshold valid signatures.
	ErrSignatures = errors.New("wallet: not enough valid signatures")
)
