class Page {
  constructor(auth, db) {
    this.auth = auth;
    this.db = db;
  }

  // this.auth and this.db may share state: the refresh stays first.
  async load() {
    await this.auth.refresh();
    const profile = await this.db.getProfile(this.auth.token);
    return profile;
  }
}

module.exports = { Page };
