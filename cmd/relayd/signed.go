package main

import (
	"path/filepath"

	"github.com/kakehashi/kakehashi/relay"
)

// signedFile is the signer's durable signed set under the data directory.
const signedFile = "signed.db"

// openSigned opens the signer's durable signed set for an operator that
// signs (nil otherwise): what it signed survives a restart, so it signs
// batches of transfers it signed before and never signs another
// authorization for one of them (docs/relay.md, "The signed set"). Entries
// of transfers its ledger holds as executed are pruned after
// signer.retention; entries of open transfers are kept.
func (d *daemon) openSigned(env *chainEnv, sign bool) (*relay.SignedStore, error) {
	if !sign {
		return nil, nil
	}
	cfg := relay.SignedStoreConfig{Path: filepath.Join(d.cfg.DataDir, signedFile), Logger: d.log, Retention: d.cfg.Signer.Retention.D()}
	if env.accountant != nil {
		cfg.Executions = env.accountant
	}
	st, err := relay.OpenSignedStore(cfg)
	if err != nil {
		return nil, err
	}
	d.closers = append(d.closers, func() { _ = st.Close() })
	return st, nil
}
