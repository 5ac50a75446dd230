describe('page', () => {
  it('shows the title', () => {
    return cy.get('h1').then(($h1) => {
      expect($h1.text()).to.equal('Home');
    });
  });
});
